import { useTranslation } from 'react-i18next';
import type { QuarterCollection } from '../../shared/catalog';
import { ContactField } from './ContactField';
import { filledCount, type OptionalParts as Parts, type PartField } from './draft-parts';
import { LocationField } from './LocationField';
import { OptionalSection } from './OptionalSection';
import { PhotoField } from './PhotoField';

interface OptionalPartsProps {
  parts: Parts;
  onChange: (update: (parts: Parts) => Parts) => void;
  errors: Partial<Record<PartField, string>>;
  quarters?: QuarterCollection;
  quarterId: string;
  tiles?: { url: string; attribution: string };
}

/** Place, photos and contact, each closed until the resident opens it; a closed one says what it holds. */
export function OptionalParts({ parts, onChange, errors, quarters, quarterId, tiles }: OptionalPartsProps) {
  const { t } = useTranslation();
  const filled = filledCount(parts);
  return (
    <div className="optional-parts">
      <OptionalSection
        title={t('feedback:location.title')}
        testId="section-location"
        open={errors.place !== undefined}
        {...(filled.place ? { summary: t('feedback:location.summary') } : {})}
      >
        <LocationField
          value={parts.place}
          onChange={(place) => onChange((p) => ({ ...p, place }))}
          quarterId={quarterId}
          {...(quarters ? { quarters } : {})}
          {...(tiles ? { tiles } : {})}
        />
      </OptionalSection>
      <OptionalSection
        title={t('feedback:photos.title')}
        testId="section-photos"
        open={errors.photos !== undefined}
        {...(filled.photos ? { summary: t('feedback:photos.summary', { count: filled.photos }) } : {})}
      >
        <PhotoField
          photos={parts.photos}
          onChange={(update) => onChange((p) => ({ ...p, photos: update(p.photos) }))}
          {...(errors.photos ? { error: errors.photos } : {})}
        />
      </OptionalSection>
      <OptionalSection
        title={t('feedback:contact.title')}
        testId="section-contact"
        open={errors.contactEmail !== undefined || errors.contactName !== undefined}
        {...(filled.contact ? { summary: t('feedback:contact.summary') } : {})}
      >
        <ContactField
          value={parts.contact}
          onChange={(contact) => onChange((p) => ({ ...p, contact }))}
          errors={{ ...(errors.contactName ? { name: errors.contactName } : {}), ...(errors.contactEmail ? { email: errors.contactEmail } : {}) }}
        />
      </OptionalSection>
    </div>
  );
}
