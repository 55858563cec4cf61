import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCATION_PRECISIONS, type LocationPrecision } from '../../../shared/directory';
import { errorUnder } from './content-form';
import { PRECISION_KEYS } from './content-labels';
import { SelectField, TextField } from './FormFields';

interface SharedDraft {
  phone: string;
  email: string;
  web: string;
  languages: string;
  sourceUrls: string;
  lastChecked: string;
  sample: boolean;
}

interface SharedEntryFieldsProps<D extends SharedDraft> {
  draft: D;
  update: (patch: Partial<D>) => void;
  errors: Record<string, string>;
}

/** Contact, languages, source and the sample flag: the same for centres and opportunities. */
export function SharedEntryFields<D extends SharedDraft>({ draft, update, errors }: SharedEntryFieldsProps<D>) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<SharedDraft>) => update(patch as Partial<D>);
  return (
    <>
      <fieldset className="field">
        <legend>{t('manage-content:fields.contact')}</legend>
        <TextField label={t('manage-content:fields.phone')} type="tel" value={draft.phone} onChange={(phone) => set({ phone })} error={errors['contact.phone']} />
        <TextField label={t('manage-content:fields.email')} type="email" value={draft.email} onChange={(email) => set({ email })} error={errors['contact.email']} />
        <TextField label={t('manage-content:fields.web')} type="url" value={draft.web} onChange={(web) => set({ web })} error={errors['contact.web']} />
      </fieldset>
      <TextField label={t('manage-content:fields.languages')} value={draft.languages} onChange={(languages) => set({ languages })} hint={t('manage-content:fields.languagesHint')} error={errorUnder(errors, 'languages')} />
      <fieldset className="field">
        <legend>{t('manage-content:fields.source')}</legend>
        <TextField label={t('manage-content:fields.sourceUrls')} multiline value={draft.sourceUrls} onChange={(sourceUrls) => set({ sourceUrls })} hint={t('manage-content:fields.sourceHint')} error={errorUnder(errors, 'source.urls')} />
        <TextField label={t('manage-content:fields.lastChecked')} type="date" value={draft.lastChecked} onChange={(lastChecked) => set({ lastChecked })} error={errors['source.lastChecked']} />
        <div className="check-field">
          <input id={`${id}-sample`} type="checkbox" checked={draft.sample} onChange={(e) => set({ sample: e.target.checked })} aria-describedby={`${id}-sample-hint`} />
          <label htmlFor={`${id}-sample`}>{t('manage-content:fields.sample')}</label>
        </div>
        <p id={`${id}-sample-hint`} className="field-hint">
          {t('manage-content:fields.sampleHint')}
        </p>
      </fieldset>
    </>
  );
}

interface LocationDraft {
  lat: string;
  lng: string;
  locationPrecision: LocationPrecision | '';
}

interface LocationFieldsProps<D extends LocationDraft> {
  draft: D;
  update: (patch: Partial<D>) => void;
  errors: Record<string, string>;
  /** Opportunities may have no place of their own (a centre or the quarter stands for it). */
  optional?: boolean;
}

/** Point and how exact it is: the same fields for centres and opportunities. */
export function LocationFields<D extends LocationDraft>({ draft, update, errors, optional = false }: LocationFieldsProps<D>) {
  const { t } = useTranslation();
  const set = (patch: Partial<LocationDraft>) => update(patch as Partial<D>);
  return (
    <fieldset className="field">
      <legend>{t('manage-content:fields.location')}</legend>
      <div className="two-columns">
        <TextField label={t('manage-content:fields.lat')} inputMode="decimal" value={draft.lat} onChange={(lat) => set({ lat })} error={errorUnder(errors, 'location')} />
        <TextField label={t('manage-content:fields.lng')} inputMode="decimal" value={draft.lng} onChange={(lng) => set({ lng })} />
      </div>
      <SelectField
        label={t('manage-content:fields.precision')}
        value={draft.locationPrecision}
        onChange={(v) => set({ locationPrecision: v as LocationPrecision | '' })}
        {...(optional ? { empty: t('manage-content:fields.none') } : {})}
        options={LOCATION_PRECISIONS.map((p) => ({ value: p, label: t(PRECISION_KEYS[p] ?? p) }))}
        error={errors.locationPrecision}
      />
    </fieldset>
  );
}
