import { IonButton } from '@ionic/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionDetail } from '../../../offline/manage-inbox';
import type { SubmissionStatus } from '../../../shared/submission';
import { allowedStatuses } from '../common/status-rules';
import { STATUS_KEYS } from '../common/labels';
import { StatusChoice } from '../common/StatusChoice';
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

  return (
    <form className="action-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} data-testid="status-form">
      <h3 id={`${id}-title`}>{t('manage:actions.statusTitle')}</h3>
      {allowedStatuses(item.status).length < 5 && <p className="field-hint">{t('manage:actions.reopenHint')}</p>}
      <StatusChoice
        label={t('manage:actions.status')}
        statuses={allowedStatuses(item.status)}
        status={status}
        onStatus={setStatus}
        reason={reason}
        onReason={setReason}
        reasonMissing={missing}
      />
      <IonButton type="submit" disabled={busy || (status === item.status && status !== 'declined')} data-testid="status-save">
        {t('manage:actions.statusSave')}
      </IonButton>
    </form>
  );
}
