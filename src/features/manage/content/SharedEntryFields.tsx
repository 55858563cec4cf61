import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LOCATION_PRECISIONS } from '../../../shared/directory';
import { PRECISION_KEYS } from './content-labels';
import { SelectField, TextField } from './FormFields';

/** Contact, languages, source and the sample flag: the same for centres and opportunities. */
export function SharedEntryFields() {
  const { t } = useTranslation();
  const id = useId();
  const { register } = useFormContext();
  return (
    <>
      <fieldset className="field">
        <legend>{t('manage-content:fields.contact')}</legend>
        <TextField label={t('manage-content:fields.phone')} type="tel" name="contact.phone" />
        <TextField label={t('manage-content:fields.email')} type="email" name="contact.email" />
        <TextField label={t('manage-content:fields.web')} type="url" name="contact.web" />
      </fieldset>
      <TextField label={t('manage-content:fields.languages')} name="languages" hint={t('manage-content:fields.languagesHint')} />
      <fieldset className="field">
        <legend>{t('manage-content:fields.source')}</legend>
        <TextField label={t('manage-content:fields.sourceUrls')} multiline name="source.urls" hint={t('manage-content:fields.sourceHint')} />
        <TextField label={t('manage-content:fields.lastChecked')} type="date" name="source.lastChecked" />
        <div className="check-field">
          <input id={`${id}-sample`} type="checkbox" aria-describedby={`${id}-sample-hint`} {...register('sample')} />
          <label htmlFor={`${id}-sample`}>{t('manage-content:fields.sample')}</label>
        </div>
        <p id={`${id}-sample-hint`} className="field-hint">
          {t('manage-content:fields.sampleHint')}
        </p>
      </fieldset>
    </>
  );
}

/**
 * Point and how exact it is: the same fields for centres and opportunities. Opportunities may have
 * no place of their own (`optional`: a centre or the quarter stands for it).
 */
export function LocationFields({ optional = false }: { optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field">
      <legend>{t('manage-content:fields.location')}</legend>
      <div className="two-columns">
        <TextField label={t('manage-content:fields.lat')} inputMode="decimal" name="location.lat" errorAt="location" />
        <TextField label={t('manage-content:fields.lng')} inputMode="decimal" name="location.lng" errorAt={false} />
      </div>
      <SelectField
        label={t('manage-content:fields.precision')}
        name="locationPrecision"
        {...(optional ? { empty: t('manage-content:fields.none') } : {})}
        options={LOCATION_PRECISIONS.map((p) => ({ value: p, label: t(PRECISION_KEYS[p] ?? p) }))}
      />
    </fieldset>
  );
}
