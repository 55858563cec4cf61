import { IonButton, IonSpinner, IonTextarea, IonToggle } from '@ionic/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../shared/limits';
import { enqueue, InvalidSubmissionError } from '../../offline/outbox';
import { QuotaError } from '../../offline/quota';
import { fieldOfPath, toSubmission, validateDraft, type FeedbackField, type FieldErrors } from './feedback-form';
import { FeedbackSent } from './FeedbackSent';
import { MoodPicker } from './MoodPicker';
import { QuarterPicker } from './QuarterPicker';
import { useFeedbackCatalogs } from './use-feedback-catalogs';
import { useFeedbackDraft } from './use-feedback-draft';

/** "Mitmachen": the feedback form. It only writes to the outbox; the sync engine delivers. */
export function FeedbackScreen() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const catalogs = useFeedbackCatalogs();
  const { draft, setDraft, clearAfterSend } = useFeedbackDraft();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [sentId, setSentId] = useState<string>();
  const quarterInput = useRef<HTMLInputElement>(null);
  const topicSelect = useRef<HTMLSelectElement>(null);
  const textArea = useRef<HTMLIonTextareaElement>(null);

  const update = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (key in errors) setErrors(({ [key as FeedbackField]: _gone, ...rest }) => rest);
  };

  const focusFirst = (found: FieldErrors) => {
    if (found.quarterId) quarterInput.current?.focus();
    else if (found.topicId) topicSelect.current?.focus();
    else if (found.text) void textArea.current?.setFocus();
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (submitting) return;
    const found = validateDraft(draft);
    // A remembered quarter that the catalog no longer knows would only be rejected by the server.
    if (draft.quarterId && !catalogs.quarters.some((q) => q.id === draft.quarterId)) {
      found.quarterId = 'feedback:errors.quarterRequired';
    }
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setSubmitting(true);
    try {
      const item = await enqueue(toSubmission(draft), i18n.language);
      clearAfterSend();
      setSentId(item.id);
    } catch (error) {
      // The typed text stays in the form (and in the stored draft) whatever went wrong.
      if (error instanceof InvalidSubmissionError) {
        const field = fieldOfPath(error.path);
        if (field) setErrors({ [field]: 'feedback:errors.invalidField' });
        else setFormError('errors:validation');
      } else if (error instanceof QuotaError) {
        setFormError('errors:quota');
      } else {
        console.error('saving feedback failed', error);
        setFormError('feedback:errors.saveFailed');
      }
    } finally {
      setSubmitting(false);
    }
  };

  if (sentId) return <FeedbackSent id={sentId} onAnother={() => setSentId(undefined)} />;

  if (catalogs.state !== 'ready') {
    return catalogs.state === 'loading' ? (
      <p role="status" className="loading-line">
        <IonSpinner aria-hidden="true" /> {t('feedback:catalog.loading')}
      </p>
    ) : (
      <div className="notice notice-error" role="alert">
        <p>{t('feedback:catalog.missing')}</p>
        <IonButton fill="outline" onClick={catalogs.retry}>
          {t('feedback:catalog.retry')}
        </IonButton>
      </div>
    );
  }

  const language = i18n.language;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="feedback-form">
      <p className="intro">{t('feedback:intro')}</p>
      {formError && (
        <div className="notice notice-error" role="alert">
          <p>{t(formError)}</p>
        </div>
      )}
      <QuarterPicker
        quarters={catalogs.quarters}
        value={draft.quarterId}
        onChange={(quarterId) => update('quarterId', quarterId)}
        error={errors.quarterId}
        inputRef={quarterInput}
      />
      <div className="field">
        <label htmlFor={`${id}-topic`}>{t('feedback:topic.label')}</label>
        <select
          ref={topicSelect}
          id={`${id}-topic`}
          className="native-select"
          value={draft.topicId}
          onChange={(e) => update('topicId', e.target.value)}
          aria-invalid={errors.topicId ? true : undefined}
          aria-describedby={errors.topicId ? `${id}-topic-error` : undefined}
        >
          <option value="">{t('feedback:topic.placeholder')}</option>
          {catalogs.topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.label[language] ?? topic.label.de}
            </option>
          ))}
        </select>
        {errors.topicId && (
          <p className="field-error" id={`${id}-topic-error`}>
            {t(errors.topicId)}
          </p>
        )}
      </div>
      <IonTextarea
        ref={textArea}
        className={`field-spacing feedback-text${errors.text ? ' ion-invalid ion-touched' : ''}`}
        label={t('feedback:text.label')}
        labelPlacement="stacked"
        fill="outline"
        autoGrow
        rows={5}
        maxlength={LIMITS.textMax}
        counter
        counterFormatter={(length, max) => t('feedback:text.counter', { count: length, max })}
        helperText={t('feedback:text.hint')}
        errorText={errors.text ? t(errors.text) : undefined}
        value={draft.text}
        onIonInput={(e) => update('text', e.detail.value ?? '')}
      />
      <MoodPicker value={draft.mood} onChange={(mood) => update('mood', mood)} />
      <IonToggle
        className="field-spacing visibility-toggle"
        justify="space-between"
        checked={draft.visibility === 'public'}
        onIonChange={(e) => update('visibility', e.detail.checked ? 'public' : 'private')}
        helperText={t('feedback:visibility.hint')}
      >
        {t('feedback:visibility.label')}
      </IonToggle>
      <IonButton type="submit" expand="block" disabled={submitting} className="submit-button">
        {t('feedback:submit')}
      </IonButton>
      <p className="field-hint">{t('feedback:privacy')}</p>
    </form>
  );
}
