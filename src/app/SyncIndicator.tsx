import { IonButton, IonIcon } from '@ionic/react';
import { cloudDoneOutline, cloudOfflineOutline, cloudUploadOutline, alertCircleOutline } from 'ionicons/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribeSyncStatus, syncNow, type SyncStatus } from '../offline/sync';
import { dateTimeFormat } from '../ui/intl-cache';
import { summariseSync, type SyncTone } from './sync-summary';

const ICONS: Record<SyncTone, string> = {
  offline: cloudOfflineOutline,
  sending: cloudUploadOutline,
  waiting: cloudUploadOutline,
  attention: alertCircleOutline,
  ok: cloudDoneOutline,
};

function useSyncStatus(): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => subscribeSyncStatus(setStatus), []);
  return status;
}

/** The compact strip under every tab's title: connection, waiting items, last delivery, "send now". */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const [busy, setBusy] = useState(false);
  if (!status) return null;

  const summary = summariseSync(status, (ms) => dateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(ms));
  const sendNow = async () => {
    setBusy(true);
    try {
      await syncNow();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`sync-indicator sync-${summary.tone}`} data-testid="sync-indicator" data-tone={summary.tone}>
      <IonIcon icon={ICONS[summary.tone]} aria-hidden="true" className="sync-icon" />
      <p role="status" className="sync-text">
        {summary.parts.map((part) => t(part.key, part.options)).join(' · ')}
      </p>
      {summary.showSendNow && (
        <IonButton size="small" fill="outline" onClick={() => void sendNow()} disabled={busy}>
          {t('common:sync.sendNow')}
        </IonButton>
      )}
    </div>
  );
}
