import { useId } from 'react';
import { useTranslation } from 'react-i18next';

// Small labelled form controls for the content forms: every control has a label, its hint or its
// error (translation keys) tied to it with aria-describedby, and aria-invalid when wrong.

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: string;
  multiline?: boolean;
  required?: boolean;
  lang?: string;
  inputMode?: 'decimal' | 'text' | 'email' | 'tel' | 'url';
  testId?: string;
}

export function TextField({ label, value, onChange, error, hint, type = 'text', multiline, required, lang, inputMode, testId }: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const props = {
    id,
    className: multiline ? 'native-input native-textarea' : 'native-input',
    value,
    lang,
    required,
    'aria-invalid': !!error,
    'aria-describedby': error || hint ? `${id}-msg` : undefined,
    'data-testid': testId,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? <textarea {...props} onChange={(e) => onChange(e.target.value)} /> : <input {...props} type={type} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />}
      {(error || hint) && (
        <p id={`${id}-msg`} className={error ? 'field-error' : 'field-hint'}>
          {error ? t(error) : hint}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
  empty?: string;
  testId?: string;
}

export function SelectField({ label, value, onChange, options, error, empty, testId }: SelectFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="native-input" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error} aria-describedby={error ? `${id}-msg` : undefined} data-testid={testId}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-msg`} className="field-error">
          {t(error)}
        </p>
      )}
    </div>
  );
}

interface CheckListProps {
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: readonly string[];
  onChange: (next: string[]) => void;
}

export function CheckList({ legend, options, value, onChange }: CheckListProps) {
  const id = useId();
  return (
    <fieldset className="field check-list">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="check-field">
          <input
            id={`${id}-${o.value}`}
            type="checkbox"
            checked={value.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

interface LocalisedFieldsProps {
  label: string;
  de: string;
  en: string;
  onChange: (lang: 'de' | 'en', value: string) => void;
  errors?: { de?: string; en?: string };
  multiline?: boolean;
  required?: boolean;
}

/** German and English side by side: both are required where the schema says `localisedText`. */
export function LocalisedFields({ label, de, en, onChange, errors, multiline, required }: LocalisedFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field localised">
      <legend>{label}</legend>
      <div className="two-columns">
        <TextField label={t('manage-content:lang.de')} lang="de" value={de} onChange={(v) => onChange('de', v)} error={errors?.de} multiline={multiline} required={required} />
        <TextField label={t('manage-content:lang.en')} lang="en" value={en} onChange={(v) => onChange('en', v)} error={errors?.en} multiline={multiline} required={required} />
      </div>
    </fieldset>
  );
}
