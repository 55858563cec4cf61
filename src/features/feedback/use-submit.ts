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
  return { submitting, formError, setFormError, run };
}
