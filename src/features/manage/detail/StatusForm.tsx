import { IonButton } from '@ionic/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionDetail } from '../../../offline/manage-inbox';
import type { SubmissionStatus } from '../../../shared/submission';
import { allowedStatuses } from '../common/status-rules';
import { STATUS_KEYS } from '../common/labels';
import type { DetailState } from './use-detail';

/** received → in_review → in_progress → done, or declined with the reason the resident is told. */
export function StatusForm({ item, change }: { item: SubmissionDetail; change: DetailState['change'] }) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<SubmissionStatus>(item.status);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => setStatus(item.status), [item.status]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (status === 'declined' && !reason.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    const ok = await change(
      { status, ...(status === 'declined' ? { reason: reason.trim() } : {}) },
      { key: 'manage:actions.statusSaved', options: { status: t(STATUS_KEYS[status]) } },
    );
    setBusy(false);
    if (ok) {
      setReason('');
      setMissing(false);
    }
  };

  const showError = missing && !reason.trim();
  return (
    <form className="action-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} data-testid="status-form">
      <h3 id={`${id}-title`}>{t('manage:actions.statusTitle')}</h3>
      {allowedStatuses(item.status).length < 5 && <p className="field-hint">{t('manage:actions.reopenHint')}</p>}
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('manage:actions.status')}</label>
        <select id={`${id}-status`} className="native-input" value={status} onChange={(e) => setStatus(e.target.value as SubmissionStatus)}>
          {allowedStatuses(item.status).map((s) => (
            <option key={s} value={s}>
              {t(STATUS_KEYS[s])}
            </option>
          ))}
        </select>
      </div>
      {status === 'declined' && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('manage:actions.reason')}</label>
          <textarea
            id={`${id}-reason`}
            className="native-input"
            value={reason}
            maxLength={2000}
            required
            aria-invalid={showError}
            aria-describedby={`${id}-reason-hint`}
            onChange={(e) => setReason(e.target.value)}
          />
          <p id={`${id}-reason-hint`} className={showError ? 'field-error' : 'field-hint'}>
            {showError ? t('manage:actions.reasonMissing') : t('manage:actions.reasonHint')}
          </p>
        </div>
      )}
      <IonButton type="submit" disabled={busy || (status === item.status && status !== 'declined')} data-testid="status-save">
        {t('manage:actions.statusSave')}
      </IonButton>
    </form>
  );
}
