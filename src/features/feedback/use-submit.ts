import { useState } from 'react';
import { InvalidSubmissionError } from '../../offline/outbox';
import { QuotaError } from '../../offline/quota';

/**
 * Runs one send and turns what can go wrong into something to show: a field's problem (the
 * schema refused a value) or a message for the whole form. The draft stays whatever happens.
 */
export function useSubmit<F extends string>(fieldOfPath: (path: string) => F | undefined, invalidKey: string, failedKey: string) {
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string>();

  const run = async (send: () => Promise<void>, onFieldError: (field: F, key: string) => void) => {
    if (submitting) return;
    setSubmitting(true);
    setFormError(undefined);
    try {
      await send();
    } catch (error) {
      if (error instanceof InvalidSubmissionError) {
        const field = fieldOfPath(error.path);
        if (field) onFieldError(field, invalidKey);
        else setFormError('errors:validation');
      } else if (error instanceof QuotaError) {
        setFormError('errors:quota');
      } else {
        console.error('saving failed', error);
        setFormError(failedKey);
      }
    } finally {
      setSubmitting(false);
    }
  };
  /**
   * The whole send of a checked form: the problems its checks `found` are shown, with focus on the
   * first in the form's own order; without any, `send` runs and a refused field is shown the same way.
   */
  const submitChecked = async (
    found: Partial<Record<F, string>>,
    focusOrder: readonly (readonly [F, () => void])[],
    setErrors: (errors: Partial<Record<F, string>>) => void,
    send: () => Promise<void>,
  ) => {
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusOrder.find(([field]) => found[field] !== undefined)?.[1]();
      return;
    }
    await run(send, (field, key) => setErrors({ [field]: key } as Partial<Record<F, string>>));
  };
  return { submitting, formError, setFormError, run, submitChecked };
}
