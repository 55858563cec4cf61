import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { messageAt } from '../common/form-resolver';

// Small labelled form controls for the content forms, inside their react-hook-form: every control
// has a label, its hint or its error (an i18n key from the shared schema's issue) tied to it with
// aria-describedby, and aria-invalid when wrong. `name` is the field's path in the draft.

interface FieldProps {
  label: string;
  name: string;
  /**
   * Where this control's errors are, when not at `name`: e.g. the whole `location` for the latitude;
   * `false` when a neighbour shows them (the longitude).
   */
  errorAt?: string | false;
  hint?: string;
  required?: boolean;
  testId?: string;
}

function useFieldError(path: string | false): string | undefined {
  const { formState } = useFormContext();
  return path === false ? undefined : messageAt(formState.errors, path);
}

interface TextFieldProps extends FieldProps {
  type?: string;
  multiline?: boolean;
  lang?: string;
  inputMode?: 'decimal' | 'text' | 'email' | 'tel' | 'url';
}

export function TextField({ label, name, errorAt, hint, type = 'text', multiline, required, lang, inputMode, testId }: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const { register } = useFormContext();
  const error = useFieldError(errorAt ?? name);
  const props = {
    id,
    className: multiline ? 'native-input native-textarea' : 'native-input',
    lang,
    required,
    'aria-invalid': !!error,
    'aria-describedby': error || hint ? `${id}-msg` : undefined,
    'data-testid': testId,
    ...register(name),
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? <textarea {...props} /> : <input {...props} type={type} inputMode={inputMode} />}
      {(error || hint) && (
        <p id={`${id}-msg`} className={error ? 'field-error' : 'field-hint'}>
          {error ? t(error) : hint}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps extends FieldProps {
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The text of an empty choice, when the field may stay empty. */
  empty?: string;
}

export function SelectField({ label, name, errorAt, options, empty, testId }: SelectFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const { register } = useFormContext();
  const error = useFieldError(errorAt ?? name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="native-input" aria-invalid={!!error} aria-describedby={error ? `${id}-msg` : undefined} data-testid={testId} {...register(name)}>
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

interface CheckListProps<V extends string | number> {
  legend: string;
  name: string;
  options: ReadonlyArray<{ value: V; label: string }>;
}

/** Several choices of one list field (offers, skills), kept as an array of their values. */
export function CheckList<V extends string | number>({ legend, name, options }: CheckListProps<V>) {
  const id = useId();
  const { field } = useController({ name });
  const value: readonly V[] = Array.isArray(field.value) ? field.value : [];
  return (
    <fieldset className="field check-list">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="check-field">
          <input
            id={`${id}-${o.value}`}
            type="checkbox"
            checked={value.includes(o.value)}
            onChange={(e) => field.onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

interface LocalisedFieldsProps {
  label: string;
  /** the `{de, en}` group in the draft */
  name: string;
  multiline?: boolean;
  required?: boolean;
}

/** German and English side by side: both are required where the schema says `localisedText`. */
export function LocalisedFields({ label, name, multiline, required }: LocalisedFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field localised">
      <legend>{label}</legend>
      <div className="two-columns">
        <TextField label={t('manage-content:lang.de')} lang="de" name={`${name}.de`} multiline={multiline} required={required} />
        <TextField label={t('manage-content:lang.en')} lang="en" name={`${name}.en`} multiline={multiline} required={required} />
      </div>
    </fieldset>
  );
}
