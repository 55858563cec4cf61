import { IonToolbar } from '@ionic/react';
import { useSyncExternalStore } from 'react';
import { appUpdate } from './update-controller';
import { optionalPart } from '../ui/OptionalPart';

// Its code comes from the running version's precache when a new version is offered, not with the start page.
const UpdateStrip = optionalPart(() => import('./UpdateStrip').then((m) => m.UpdateStrip));

/**
 * "Neue Version verfügbar" under the sync strip while a new version waits. Never a dialog and never takes focus:
 * the resident finishes what they are doing and presses the button when it suits them.
 */
export function UpdateBanner() {
  const state = useSyncExternalStore(appUpdate.subscribe, appUpdate.getState);
  if (state.phase === 'none') return null;
  return (
    <IonToolbar className="sync-toolbar update-toolbar">
      <UpdateStrip state={state} />
    </IonToolbar>
  );
}
