import { IonButton } from '@ionic/react';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ManagerSubmission } from '../../../shared/manage';
import { blankToUndefined, moderationResolver } from '../common/decision-forms';
import { MODERATION_KEYS } from '../common/labels';
import type { DetailState } from './use-detail';

type Decision = 'published' | 'hidden';

/** Public items only: publish, or hide with a reason (kept in the history). */
export function ModerationForm({ item, change }: { item: ManagerSubmission; change: DetailState['change'] }) {
  const { t } = useTranslation();
  const id = useId();
  const { register, setValue, handleSubmit, reset, formState } = useForm<{ moderation: Decision; moderationReason?: string }, unknown, { moderation: Decision; moderationReason?: string }>({
    resolver: moderationResolver,
    defaultValues: { moderation: 'published' },
  });
  const state = item.moderation ?? 'pending';
  const error = formState.errors.moderationReason?.message;

  const run = (moderation: Decision) => {
    setValue('moderation', moderation);
    void handleSubmit(async (decision) => {
      const ok = await change(
        { moderation: decision.moderation, ...(decision.moderation === 'hidden' ? { moderationReason: decision.moderationReason } : {}) },
        { key: decision.moderation === 'published' ? 'manage:moderation.publishedDone' : 'manage:moderation.hiddenDone' },
      );
      if (ok) reset({ moderation: 'published' });
    })();
  };

  return (
    <section className="action-card" aria-labelledby={`${id}-title`} data-testid="moderation-form">
      <h3 id={`${id}-title`}>{t('manage:moderation.title')}</h3>
      <p>{t('manage:moderation.current', { state: t(MODERATION_KEYS[state]) })}</p>
      <p className="field-hint">{t('manage:moderation.hint')}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('manage:moderation.reason')}</label>
        <textarea
          id={`${id}-reason`}
          className="native-input"
          maxLength={2000}
          aria-invalid={!!error}
          aria-describedby={`${id}-reason-hint`}
          {...register('moderationReason', { setValueAs: blankToUndefined })}
        />
        <p id={`${id}-reason-hint`} className={error ? 'field-error' : 'field-hint'}>
          {error ? t(error) : t('manage:moderation.reasonHint')}
        </p>
      </div>
      <div className="button-row">
        <IonButton onClick={() => run('published')} disabled={formState.isSubmitting || state === 'published'} data-testid="moderation-publish">
          {t('manage:moderation.publish')}
        </IonButton>
        <IonButton fill="outline" color="danger" onClick={() => run('hidden')} disabled={formState.isSubmitting || state === 'hidden'} data-testid="moderation-hide">
          {t('manage:moderation.hide')}
        </IonButton>
      </div>
    </section>
  );
}
