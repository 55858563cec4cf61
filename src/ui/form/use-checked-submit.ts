import { useEffect, useRef, useState } from 'react';
import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { fieldOf, type FormMessages } from './form-messages';

/** Why a send failed, as the outbox tells it (src/offline `enqueueFailure`). */
export type SendFailure = { kind: 'invalid'; path: string } | { kind: 'quota' } | { kind: 'failed'; error: unknown };

export interface CheckedSubmit<V> {
  messages: FormMessages;
  /** the fields in the form's own order; a field that react-hook-form cannot focus comes with its own way */
  focusOrder: readonly (Path<V> | readonly [Path<V>, () => void])[];
  send: (values: V) => Promise<void>;
  explain: (error: unknown) => SendFailure;
  /** "could not be saved — what you typed is still here" */
  failedMessage: string;
}

/**
 * "Show the problems, focus the first, else queue": the submit of every resident form. A send that
 * fails keeps everything typed and says why — on the field the outbox refused, or for the whole form.
 */
export function useCheckedSubmit<V extends FieldValues>(form: UseFormReturn<V>, options: CheckedSubmit<V>) {
  const [formError, setFormError] = useState<string>();
  const running = useRef(false);

  const submit = form.handleSubmit(
    async (values) => {
      if (running.current) return;
      running.current = true;
      setFormError(undefined);
      try {
        await options.send(values);
      } catch (error) {
        const failure = options.explain(error);
        const field = failure.kind === 'invalid' ? fieldOf(options.messages, failure.path.split('.')) : undefined;
        if (field) form.setError(field as Path<V>, { type: 'refused', message: options.messages.fallback });
        else if (failure.kind === 'invalid') setFormError('errors:validation');
        else if (failure.kind === 'quota') setFormError('errors:quota');
        else {
          console.error('saving failed', failure.error);
          setFormError(options.failedMessage);
        }
      } finally {
        running.current = false;
      }
    },
    (errors) => {
      setFormError(undefined);
      const hasProblem = (field: string) => (get(errors, field) as { message?: string } | undefined)?.message !== undefined;
      const first = options.focusOrder.find((entry) => hasProblem(typeof entry === 'string' ? entry : entry[0]));
      if (typeof first === 'string') form.setFocus(first);
      else first?.[1]();
    },
  );

  // A changed field's problem goes at once (as the resident fixes it); the check runs again on the
  // next submit. A group's own problem ("an e-mail address or a phone number") goes with any of its fields.
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      if (!name) return;
      const group = name.split('.').slice(0, -1).join('.') as Path<V>;
      if (group && form.getFieldState(group).error?.message) form.clearErrors(group);
      else if (form.getFieldState(name).error) form.clearErrors(name);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  return { submit, formError, submitting: form.formState.isSubmitting };
}
