import { IonButton } from '@ionic/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { installOfferShown, installPrompt, rememberInstallOfferShown } from '../offline/install-prompt';
import { useInstallState } from './use-install-state';

/**
 * The offer to install the app after a submission: shown on the first "sent" screen where the browser offers
 * installation and never again there (Mehr keeps offering it), gone with "Nicht jetzt". Part of the page, not a
 * dialog; it takes no focus.
 */
export function InstallOfferCard() {
  const { t } = useTranslation();
  const state = useInstallState();
  const [phase, setPhase] = useState<'checking' | 'shown' | 'hidden'>('checking');
  const headingId = useId();

  useEffect(() => {
    if (state !== 'available' || phase !== 'checking') return undefined;
    let live = true;
    void installOfferShown().then((before) => {
      if (!live) return;
      setPhase(before ? 'hidden' : 'shown');
      if (!before) void rememberInstallOfferShown();
    });
    return () => {
      live = false;
    };
  }, [state, phase]);

  if (phase !== 'shown' || state !== 'available') return null;
  return (
    <section className="notice install-offer" aria-labelledby={headingId} data-testid="install-offer">
      <h3 id={headingId}>{t('common:install.offerTitle')}</h3>
      <p>{t('common:install.offerText')}</p>
      <div className="button-row">
        <IonButton onClick={() => void installPrompt().prompt()}>{t('common:install.action')}</IonButton>
        <IonButton fill="outline" onClick={() => setPhase('hidden')}>
          {t('common:install.notNow')}
        </IonButton>
      </div>
    </section>
  );
}
