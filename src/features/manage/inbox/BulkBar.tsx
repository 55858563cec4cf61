import { IonButton } from '@ionic/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bulkSetStatus } from '../../../offline/manage-inbox';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '../../../shared/submission';
import { STATUS_KEYS } from '../common/labels';
import { StatusChoice } from '../common/StatusChoice';
import { useFailure, useManage } from '../common/ManageContext';

interface BulkBarProps {
  ids: string[];
  onDone: () => void;
  onClear: () => void;
}

/** Action bar for the checked rows: one status for all of them (declined needs the reason residents see). */
export function BulkBar({ ids, onDone, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const { announce } = useManage();
  const fail = useFailure();
  const [status, setStatus] = useState<SubmissionStatus>('in_review');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [missingReason, setMissingReason] = useState(false);

  const apply = async () => {
    if (status === 'declined' && !reason.trim()) {
      setMissingReason(true);
      return;
    }
    setBusy(true);
    try {
      const outcome = await bulkSetStatus({ ids, status, ...(status === 'declined' ? { reason: reason.trim() } : {}) });
      announce({ key: 'manage:bulk.done', options: { count: outcome.updated.length, status: t(STATUS_KEYS[status]) } });
      if (outcome.notFound.length > 0) announce({ key: 'manage:bulk.notFound', options: { count: outcome.notFound.length } }, 'error');
      setReason('');
      onDone();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="bulk-bar" aria-labelledby={`${id}-title`} data-testid="bulk-bar">
      <h3 id={`${id}-title`}>{t('manage:bulk.selected', { count: ids.length })}</h3>
      <StatusChoice
        label={t('manage:bulk.status')}
        statuses={SUBMISSION_STATUSES}
        status={status}
        onStatus={setStatus}
        reason={reason}
        onReason={setReason}
        reasonMissing={missingReason}
      />
      <div className="button-row">
        <IonButton onClick={() => void apply()} disabled={busy} data-testid="bulk-apply">
          {t('manage:bulk.apply')}
        </IonButton>
        <IonButton fill="outline" onClick={onClear}>
          {t('manage:bulk.clear')}
        </IonButton>
      </div>
    </section>
  );
}
