import { useId } from 'react';
import { Controller, FormProvider, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SETTING_KEYS } from '../../offline/outbox';
import { LIMITS } from '../../shared/limits';
import { describedBy, Field } from '../../ui/form/Field';
import { SwitchField } from '../../ui/form/SwitchField';
import { FEEDBACK_MESSAGES } from '../../ui/form/submission-messages';
import { EMPTY_DRAFT, feedbackCheck, parseStoredDraft, storedDraft, toSubmission, type FeedbackDraft } from './feedback-form';
import { FormEnd, FormStart } from './FormFrame';
import { MoodPicker } from './MoodPicker';
import type { FeedbackCatalogs } from './use-feedback-catalogs';
import { useSubmissionForm, type SubmissionFormKind } from './use-submission-form';

const FEEDBACK: SubmissionFormKind<FeedbackDraft> = {
  codec: { key: SETTING_KEYS.draftFeedback, empty: EMPTY_DRAFT, parse: parseStoredDraft, store: storedDraft },
  check: feedbackCheck,
  toSubmission,
  messages: FEEDBACK_MESSAGES,
  focusOrder: ['quarterId', 'topicId', 'text'],
  failedMessage: 'feedback:errors.saveFailed',
};

/** The feedback form. It only writes to the outbox; the sync engine delivers. */
export function FeedbackForm({ catalogs, onSent }: { catalogs: FeedbackCatalogs; onSent: (id: string) => void }) {
  const { t } = useTranslation();
  const { form, ready, submit, formError, submitting } = useSubmissionForm(FEEDBACK, catalogs, onSent);
  const counterId = useId();

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
        <FormEnd submitting={submitting} submitLabel={t('feedback:submit')} privacyNote={t('feedback:privacy')} />
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
