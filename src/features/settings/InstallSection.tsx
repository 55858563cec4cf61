import { IonButton, IonIcon } from '@ionic/react';
import { shareOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { installPrompt } from '../../ui/install-prompt';
import { useInstallState } from '../../ui/use-install-state';

/**
 * "App installieren" in Mehr: the browser's install dialog where it offers one, the share-sheet steps on iOS
 * Safari, a pointer to the browser menu elsewhere; nothing once the app runs installed.
 */
export function InstallSection() {
  const { t } = useTranslation();
  const state = useInstallState();
  if (state === 'installed') return null;
  return (
    <section aria-labelledby="install-heading" data-testid="install-section" data-state={state}>
      <h2 id="install-heading">{t('settings:install.title')}</h2>
      <p>{t('settings:install.why')}</p>
      {state === 'available' && (
        <IonButton onClick={() => void installPrompt().prompt()}>{t('common:install.action')}</IonButton>
      )}
      {state === 'ios' && (
        <ol>
          <li>
            {t('settings:install.iosShare')}{' '}
            <IonIcon icon={shareOutline} aria-hidden="true" />
          </li>
          <li>{t('settings:install.iosAdd')}</li>
          <li>{t('settings:install.iosConfirm')}</li>
        </ol>
      )}
      {state === 'unavailable' && <p className="muted">{t('settings:install.otherBrowsers')}</p>}
    </section>
  );
}
