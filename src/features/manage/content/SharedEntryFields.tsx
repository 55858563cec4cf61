import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorUnder } from './content-form';
import { TextField } from './FormFields';

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
