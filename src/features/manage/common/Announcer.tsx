import { IonButton } from '@ionic/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../manage-errors';
import type { Tone } from './ManageContext';

export interface Announcement {
  message: Message;
  tone: Tone;
  /** changes with every announcement, so the same text twice is still read out */
  seq: number;
  /** The screen (path) it belongs to: where the action happened, or where the action led. */
  path: string;
}

interface AnnouncerProps {
  current?: Announcement;
  /** The screen showing now; an announcement of another screen is not shown here. */
  pathname: string;
  onDismiss: () => void;
}

/** Whether the toast shows on this screen: a toast belongs to the screen it was made for. */
export function belongsHere(current: Announcement | undefined, pathname: string): current is Announcement {
  return current !== undefined && current.path === pathname;
}

// A toast-like strip at the bottom of the area. It is a live region that always exists (on every
// screen), so screen readers announce what is put into it; successes fade after a while, errors stay
// until dismissed, and leaving the screen dismisses either (ManageShell).
export function Announcer({ current, pathname, onDismiss }: AnnouncerProps) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!current || current.tone === 'error') return;
    const timer = setTimeout(onDismiss, 6000);
    return () => clearTimeout(timer);
  }, [current, onDismiss]);
  return (
    <div className="manage-announcer" role="status" aria-live="polite" data-testid="manage-announcer">
      {belongsHere(current, pathname) && (
        <div className={`manage-toast manage-toast-${current.tone}`} key={current.seq} data-tone={current.tone}>
          <p>{t(current.message.key, current.message.options)}</p>
          <IonButton fill="clear" size="small" onClick={onDismiss}>
            {t('manage:dismiss')}
          </IonButton>
        </div>
      )}
    </div>
  );
}
