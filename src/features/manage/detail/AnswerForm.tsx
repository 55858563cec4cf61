import { IonButton } from '@ionic/react';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ManagerSubmission } from '../../../shared/manage';
import { useUnsavedInput } from '../../../ui/unsaved-input';
import { answerResolver } from '../common/decision-forms';
import type { DetailState } from './use-detail';

/** The answer the resident sees in "Meine Beiträge" (and the public feed, if published) — marked as public. */
export function AnswerForm({ item, change }: { item: ManagerSubmission; change: DetailState['change'] }) {
  const { t } = useTranslation();
  const id = useId();
  const saved = item.publicResponse ?? '';
  const { register, handleSubmit, watch, reset, formState } = useForm({ resolver: answerResolver, defaultValues: { publicResponse: saved } });
  useEffect(() => reset({ publicResponse: saved }), [saved, reset]);
  const text = watch('publicResponse').trim();
  useUnsavedInput(text !== saved.trim());
  const error = formState.errors.publicResponse?.message;

  const save = handleSubmit(async ({ publicResponse }) => {
    await change({ publicResponse }, { key: publicResponse ? 'manage:answer.saved' : 'manage:answer.removed' });
  });

  return (
    <form className="action-card public-card" onSubmit={(e) => void save(e)} aria-labelledby={`${id}-title`} data-testid="answer-form">
      <h3 id={`${id}-title`}>
        {t('manage:answer.title')} <span className="tag tag-public">{t('manage:answer.publicMark')}</span>
      </h3>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('manage:answer.label')}</label>
        <textarea id={`${id}-text`} className="native-input native-textarea" maxLength={4000} aria-invalid={!!error} aria-describedby={`${id}-hint`} {...register('publicResponse')} />
        <p id={`${id}-hint`} className={error ? 'field-error' : 'field-hint'}>
          {error ? t(error) : t('manage:answer.hint')}
        </p>
      </div>
      {text && (
        <div className="answer-preview" data-testid="answer-preview">
          <p className="field-label">{t('manage:answer.preview')}</p>
          <blockquote>
            <bdi className="user-text">{text}</bdi>
          </blockquote>
        </div>
      )}
      <IonButton type="submit" disabled={formState.isSubmitting || text === saved.trim()} data-testid="answer-save">
        {t('manage:answer.save')}
      </IonButton>
    </form>
  );
}
