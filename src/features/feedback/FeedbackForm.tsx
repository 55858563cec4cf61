import { IonTextarea, IonToggle } from '@ionic/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enqueue, SETTING_KEYS } from '../../offline/outbox';
import { LIMITS } from '../../shared/limits';
import { photosForEnqueue, type OptionalParts as Parts } from './draft-parts';
import { EMPTY_DRAFT, fieldOfPath, parseStoredDraft, storedDraft, toSubmission, validateDraft, type FieldErrors } from './feedback-form';
import { MoodPicker } from './MoodPicker';
import { FormEnd, FormStart, unknownQuarter } from './FormFrame';
import type { FeedbackCatalogs } from './use-feedback-catalogs';
import { useStoredDraft } from './use-stored-draft';
import { useSubmit } from './use-submit';

const CODEC = { key: SETTING_KEYS.draftFeedback, empty: EMPTY_DRAFT, parse: parseStoredDraft, store: storedDraft };

/** The feedback form. It only writes to the outbox; the sync engine delivers. */
export function FeedbackForm({ catalogs, onSent }: { catalogs: FeedbackCatalogs; onSent: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const { draft, setDraft, ready, clearAfterSend } = useStoredDraft(CODEC);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { submitting, formError, submitChecked } = useSubmit(fieldOfPath, 'feedback:errors.invalidField', 'feedback:errors.saveFailed');
  const quarterInput = useRef<HTMLInputElement>(null);
  const topicSelect = useRef<HTMLSelectElement>(null);
  const textArea = useRef<HTMLIonTextareaElement>(null);
  const placePrefix = t('feedback:location.textPrefix');

  const update = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (key in errors) setErrors(({ [key as keyof FieldErrors]: _gone, ...rest }) => rest);
  };
  const updateParts = (change: (parts: Parts) => Parts) => setDraft((current) => ({ ...current, ...change(current) }));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const found = validateDraft(draft, placePrefix);
    if (unknownQuarter(draft.quarterId, catalogs)) found.quarterId = 'feedback:errors.quarterRequired';
    await submitChecked(
      found,
      [
        ['quarterId', () => quarterInput.current?.focus()],
        ['topicId', () => topicSelect.current?.focus()],
        ['text', () => void textArea.current?.setFocus()],
      ],
      setErrors,
      async () => {
        const item = await enqueue(toSubmission(draft, placePrefix), i18n.language, { photos: photosForEnqueue(draft) });
        await clearAfterSend();
        onSent(item.id);
      },
    );
  };

  if (!ready) return null;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="feedback-form" data-testid="feedback-form">
      <p className="intro">{t('feedback:intro')}</p>
      <FormStart
        catalogs={catalogs}
        formError={formError}
        quarterId={draft.quarterId}
        topicId={draft.topicId}
        errors={errors}
        onQuarter={(quarterId) => update('quarterId', quarterId)}
        onTopic={(topicId) => update('topicId', topicId)}
        quarterRef={quarterInput}
        topicRef={topicSelect}
      />
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
      <FormEnd
        catalogs={catalogs}
        parts={draft}
        onParts={updateParts}
        errors={errors}
        quarterId={draft.quarterId}
        submitting={submitting}
        submitLabel={t('feedback:submit')}
        privacyNote={t('feedback:privacy')}
      />
    </form>
  );
}
