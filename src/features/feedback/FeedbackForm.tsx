import { useId, useMemo } from 'react';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { enqueue, enqueueFailure, SETTING_KEYS } from '../../offline/outbox';
import { LIMITS } from '../../shared/limits';
import { describedBy, Field } from '../../ui/form/Field';
import { formResolver } from '../../ui/form/form-resolver';
import { SwitchField } from '../../ui/form/SwitchField';
import { FEEDBACK_MESSAGES } from '../../ui/form/submission-messages';
import { useCheckedSubmit } from '../../ui/form/use-checked-submit';
import { photosForEnqueue } from './draft-parts';
import { EMPTY_DRAFT, feedbackCheck, parseStoredDraft, storedDraft, toSubmission, type FeedbackDraft } from './feedback-form';
import { FormEnd, FormStart } from './FormFrame';
import { MoodPicker } from './MoodPicker';
import type { FeedbackCatalogs } from './use-feedback-catalogs';
import { useStoredDraft } from './use-stored-draft';
import { useDismissStartShell } from '../../ui/use-dismiss-start-shell';

const CODEC = { key: SETTING_KEYS.draftFeedback, empty: EMPTY_DRAFT, parse: parseStoredDraft, store: storedDraft };

/** The feedback form. It only writes to the outbox; the sync engine delivers. */
export function FeedbackForm({ catalogs, onSent }: { catalogs: FeedbackCatalogs; onSent: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const placePrefix = t('feedback:location.textPrefix');
  const resolver = useMemo(() => formResolver(feedbackCheck(placePrefix, catalogs.quarters)), [placePrefix, catalogs.quarters]);
  // Problems show on submit and go as the field changes, as they always did (no checking while typing).
  const form = useForm<FeedbackDraft>({ defaultValues: EMPTY_DRAFT, resolver, reValidateMode: 'onSubmit', shouldFocusError: false });
  const { ready, clearAfterSend } = useStoredDraft(form, CODEC);
  useDismissStartShell(ready);
  const counterId = useId();
  const { submit, formError, submitting } = useCheckedSubmit(form, {
    messages: FEEDBACK_MESSAGES,
    focusOrder: ['quarterId', 'topicId', 'text'],
    explain: enqueueFailure,
    failedMessage: 'feedback:errors.saveFailed',
    send: async (draft) => {
      const item = await enqueue(toSubmission(draft, placePrefix), i18n.language, { photos: photosForEnqueue(draft) });
      await clearAfterSend();
      onSent(item.id);
    },
  });

  if (!ready) return null;
  const { errors } = form.formState;
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => void submit(e)} className="feedback-form" data-testid="feedback-form">
        <p className="intro">{t('feedback:intro')}</p>
        <FormStart catalogs={catalogs} formError={formError} />
        {/* The form layer's own field, as in the proposal form: a labelled native textarea. Ionic's textarea
            measured its outline on the first render (forced layouts) and was ~7 kB gzip of the start page. */}
        <Field label={t('feedback:text.label')} hint={t('feedback:text.hint')} {...(errors.text?.message ? { error: errors.text.message } : {})}>
          {(control) => (
            <>
              <textarea
                {...control}
                aria-describedby={describedBy(control['aria-describedby'], counterId)}
                {...form.register('text')}
                className="native-input native-textarea"
                rows={5}
                maxLength={LIMITS.textMax}
              />
              <TextCounter id={counterId} />
            </>
          )}
        </Field>
        <Controller control={form.control} name="mood" render={({ field }) => <MoodPicker value={field.value} onChange={field.onChange} />} />
        <Controller
          control={form.control}
          name="visibility"
          render={({ field }) => (
            <SwitchField
              className="visibility-toggle"
              label={t('feedback:visibility.label')}
              hint={t('feedback:visibility.hint')}
              checked={field.value === 'public'}
              onChange={(checked) => field.onChange(checked ? 'public' : 'private')}
            />
          )}
        />
        <FormEnd catalogs={catalogs} submitting={submitting} submitLabel={t('feedback:submit')} privacyNote={t('feedback:privacy')} />
      </form>
    </FormProvider>
  );
}

/** "n von … Zeichen" under the text (the limit is LIMITS.textMax); only this re-renders while the resident types. */
function TextCounter({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useWatch<FeedbackDraft, 'text'>({ name: 'text' });
  return (
    <p className="field-hint field-counter" id={id}>
      {t('feedback:text.counter', { count: text.length, max: LIMITS.textMax })}
    </p>
  );
}
