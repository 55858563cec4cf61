import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_VALUES } from './submission-messages';

/** What a form control needs to be read out with its label, hint and problem. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The ids that describe a control, in reading order; undefined when there are none. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** A field's problem in words (`message` is a translation key from the form's messages). */
export function FieldProblem({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      {t(message, MESSAGE_VALUES[message])}
    </p>
  );
}

interface FieldProps {
  label: string;
  hint?: string;
  /** ids of descriptions outside the field that also belong to it (a section's shared explanation) */
  alsoDescribedBy?: string;
  /** the field's problem, a translation key */
  error?: string;
  children: (control: ControlProps) => ReactNode;
}

/** Label, control, hint and problem, wired for screen readers (aria-invalid, aria-describedby). */
export function Field({ label, hint, alsoDescribedBy, error, children }: FieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(alsoDescribedBy, hint && `${id}-hint`, error && `${id}-error`) })}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldProblem id={`${id}-error`} message={error} />
    </div>
  );
}
