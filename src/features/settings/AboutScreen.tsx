import { IonButton } from '@ionic/react';
import { useTranslation } from 'react-i18next';

export function AboutScreen() {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('settings:about.whatTitle')}</h2>
      <p>{t('settings:about.what')}</p>
      <p>{t('settings:about.offline')}</p>
      <h2>{t('settings:about.privacyTitle')}</h2>
      <p>{t('settings:about.privacy')}</p>
      <h2>{t('settings:about.sourcesTitle')}</h2>
      <p data-testid="licence-attribution">{t('settings:about.quarterBoundaries')}</p>
      <p>
        <a href="https://www.govdata.de/dl-de/by-2-0" target="_blank" rel="noopener noreferrer">
          {t('settings:about.licenceLink')}
        </a>
      </p>
      <h2>{t('settings:about.managersTitle')}</h2>
      <p>{t('settings:about.managers')}</p>
      <IonButton routerLink="/verwaltung" fill="outline">
        {t('settings:about.managerLogin')}
      </IonButton>
    </>
  );
}
