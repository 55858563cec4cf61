import { IonButton, IonIcon } from '@ionic/react';
import { refreshOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import type { UpdateState } from '../offline/app-update';
import { appUpdate } from './update-controller';

function messageKey(state: UpdateState): string {
  switch (state.phase) {
    case 'waiting-for-sending':
      return 'common:update.waitingForSending';
    case 'blocked':
      return state.reason === 'unsaved-input' ? 'common:update.unsavedInput' : 'common:update.saveFailed';
    case 'applying':
      return 'common:update.applying';
    default:
      return 'common:update.available';
  }
}

/** What the update strip says, and its button while pressing it can help (loaded when a version is offered). */
export function UpdateStrip({ state }: { state: UpdateState }) {
  const { t } = useTranslation();
  const canPress = state.phase === 'available' || state.phase === 'blocked';
  return (
    <div className="sync-indicator" data-testid="update-banner" data-phase={state.phase}>
      <IonIcon icon={refreshOutline} aria-hidden="true" className="sync-icon" />
      <p role="status" className="sync-text">
        {t(messageKey(state))}
      </p>
      {canPress && (
        <IonButton size="small" onClick={() => void appUpdate.apply()}>
          {t('common:update.action')}
        </IonButton>
      )}
    </div>
  );
}
