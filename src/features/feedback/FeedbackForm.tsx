import { IonTextarea, IonToggle } from '@ionic/react';
import { useMemo, useRef } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { enqueue, enqueueFailure, SETTING_KEYS } from '../../offline/outbox';
import { LIMITS } from '../../shared/limits';
import { formResolver } from '../../ui/form/form-resolver';
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
  const textArea = useRef<HTMLIonTextareaElement>(null);
  const { submit, formError, submitting } = useCheckedSubmit(form, {
    messages: FEEDBACK_MESSAGES,
    focusOrder: ['quarterId', 'topicId', ['text', () => void textArea.current?.setFocus()]],
    explain: enqueueFailure,
    failedMessage: 'feedback:errors.saveFailed',
    send: async (draft) => {
      const item = await enqueue(toSubmission(draft, placePrefix), i18n.language, { photos: photosForEnqueue(draft) });
      await clearAfterSend();
      onSent(item.id);
    },
  });

  if (!ready) return null;
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => void submit(e)} className="feedback-form" data-testid="feedback-form">
        <p className="intro">{t('feedback:intro')}</p>
        <FormStart catalogs={catalogs} formError={formError} />
        <Controller
          control={form.control}
          name="text"
          render={({ field, fieldState }) => (
            <IonTextarea
              ref={textArea}
              className={`field-spacing feedback-text${fieldState.error ? ' ion-invalid ion-touched' : ''}`}
              label={t('feedback:text.label')}
              labelPlacement="stacked"
              fill="outline"
              autoGrow
              rows={5}
              maxlength={LIMITS.textMax}
              counter
              counterFormatter={(length, max) => t('feedback:text.counter', { count: length, max })}
              helperText={t('feedback:text.hint')}
              errorText={fieldState.error?.message ? t(fieldState.error.message) : undefined}
              value={field.value}
              onIonInput={(e) => field.onChange(e.detail.value ?? '')}
            />
          )}
        />
        <Controller control={form.control} name="mood" render={({ field }) => <MoodPicker value={field.value} onChange={field.onChange} />} />
        <Controller
          control={form.control}
          name="visibility"
          render={({ field }) => (
            <IonToggle
              className="field-spacing visibility-toggle"
              justify="space-between"
              checked={field.value === 'public'}
              onIonChange={(e) => field.onChange(e.detail.checked ? 'public' : 'private')}
              helperText={t('feedback:visibility.hint')}
            >
              {t('feedback:visibility.label')}
            </IonToggle>
          )}
        />
        <FormEnd catalogs={catalogs} submitting={submitting} submitLabel={t('feedback:submit')} privacyNote={t('feedback:privacy')} />
      </form>
    </FormProvider>
  );
}
