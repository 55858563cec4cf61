import { IonButton } from '@ionic/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { installPrompt } from './install-prompt';
import { useInstallState } from './use-install-state';

/**
 * The offer to install the app after a submission: shown on the first "sent" screen where the browser offers
 * installation and never again there (Mehr keeps offering it), gone with "Nicht jetzt". Part of the page, not a
 * dialog; it takes no focus.
 */
/** Where the offer keeps whether it was shown (src/offline's settings table in the app). */
export interface OfferMemory {
  wasShown(): Promise<boolean>;
  rememberShown(): Promise<void>;
}

export function InstallOfferCard({ memory }: { memory: OfferMemory }) {
  const { t } = useTranslation();
  const state = useInstallState();
  const [phase, setPhase] = useState<'checking' | 'shown' | 'hidden'>('checking');
  const headingId = useId();

  useEffect(() => {
    if (state !== 'available' || phase !== 'checking') return undefined;
    let live = true;
    void memory.wasShown().then((before) => {
      if (!live) return;
      setPhase(before ? 'hidden' : 'shown');
      if (!before) void memory.rememberShown();
    });
    return () => {
      live = false;
    };
  }, [state, phase, memory]);

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
