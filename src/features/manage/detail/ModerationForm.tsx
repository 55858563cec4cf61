import { IonButton } from '@ionic/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionDetail } from '../../../offline/manage-inbox';
import { MODERATION_KEYS } from '../common/labels';
import type { DetailState } from './use-detail';

/** Public items only: publish, or hide with a reason (kept in the history). */
export function ModerationForm({ item, change }: { item: SubmissionDetail; change: DetailState['change'] }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const state = item.moderation ?? 'pending';

  const run = async (moderation: 'published' | 'hidden') => {
    if (moderation === 'hidden' && !reason.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    const ok = await change(
      { moderation, ...(moderation === 'hidden' ? { moderationReason: reason.trim() } : {}) },
      { key: moderation === 'published' ? 'manage:moderation.publishedDone' : 'manage:moderation.hiddenDone' },
    );
    setBusy(false);
    if (ok) {
      setReason('');
      setMissing(false);
    }
  };

  const showError = missing && !reason.trim();
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
          value={reason}
          maxLength={2000}
          aria-invalid={showError}
          aria-describedby={`${id}-reason-hint`}
          onChange={(e) => setReason(e.target.value)}
        />
        <p id={`${id}-reason-hint`} className={showError ? 'field-error' : 'field-hint'}>
          {showError ? t('manage:moderation.reasonMissing') : t('manage:moderation.reasonHint')}
        </p>
      </div>
      <div className="button-row">
        <IonButton onClick={() => void run('published')} disabled={busy || state === 'published'} data-testid="moderation-publish">
          {t('manage:moderation.publish')}
        </IonButton>
        <IonButton fill="outline" color="danger" onClick={() => void run('hidden')} disabled={busy || state === 'hidden'} data-testid="moderation-hide">
          {t('manage:moderation.hide')}
        </IonButton>
      </div>
    </section>
  );
}
