import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ContactField } from './ContactField';
import { filledCount, type SharedDraft } from './draft-parts';
import { LocationField } from './LocationField';
import { OptionalSection } from './OptionalSection';
import { PhotoField } from './PhotoField';

/** Place, photos and contact, each closed until the resident opens it; a closed one says what it holds. */
export function OptionalParts() {
  const { t } = useTranslation();
  const { control, getValues, setValue, formState } = useFormContext<SharedDraft>();
  const [place, photos, contact, quarterId] = useWatch({ control, name: ['place', 'photos', 'contact', 'quarterId'] });
  const filled = filledCount({ place, photos, contact });
  const { errors } = formState;
  return (
    <div className="optional-parts">
      <OptionalSection
        title={t('feedback:location.title')}
        testId="section-location"
        open={errors.place !== undefined}
        {...(filled.place ? { summary: t('feedback:location.summary') } : {})}
      >
        <Controller
          control={control}
          name="place"
          render={({ field }) => (
            <LocationField value={field.value} onChange={field.onChange} quarterId={quarterId} />
          )}
        />
      </OptionalSection>
      <OptionalSection
        title={t('feedback:photos.title')}
        testId="section-photos"
        open={errors.photos !== undefined}
        {...(filled.photos ? { summary: t('feedback:photos.summary', { count: filled.photos }) } : {})}
      >
        <PhotoField
          photos={photos}
          // Photos arrive one by one after re-encoding: each change builds on the newest list.
          onChange={(update) => setValue('photos', update(getValues('photos')), { shouldDirty: true })}
          {...(errors.photos?.message ? { error: errors.photos.message } : {})}
        />
      </OptionalSection>
      <OptionalSection
        title={t('feedback:contact.title')}
        testId="section-contact"
        open={errors.contact !== undefined}
        {...(filled.contact ? { summary: t('feedback:contact.summary') } : {})}
      >
        <ContactField />
      </OptionalSection>
    </div>
  );
}
