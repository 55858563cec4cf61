import { IonIcon, IonItem, IonLabel, IonList, IonRadio, IonRadioGroup } from '@ionic/react';
import { informationCircleOutline, lockClosedOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { InstallSection } from './InstallSection';

// Languages are named in their own language, so someone lost in a foreign UI still finds theirs.
const LANGUAGE_CHOICES = [
  { code: 'de', key: 'settings:language.de' },
  { code: 'en', key: 'settings:language.en' },
] as const;

/** "Mehr": language, installing the app, about, and the way to the managers' area. */
export function MoreScreen() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <>
      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('settings:language.title')}</h2>
        <IonRadioGroup
          value={current}
          aria-labelledby="language-heading"
          onIonChange={(e) => {
            const next: unknown = e.detail.value;
            // The app shell stores the choice and updates <html lang dir> on every change.
            if (typeof next === 'string' && next !== current) void i18n.changeLanguage(next);
          }}
        >
          {LANGUAGE_CHOICES.map(({ code, key }) => (
            <IonItem key={code} lang={code}>
              <IonRadio value={code} justify="space-between">
                {t(key)}
              </IonRadio>
            </IonItem>
          ))}
        </IonRadioGroup>
      </section>
      <InstallSection />
      <h2>{t('settings:more.title')}</h2>
      <IonList inset>
        <IonItem routerLink="/mehr/ueber" detail>
          <IonIcon icon={informationCircleOutline} slot="start" aria-hidden="true" />
          <IonLabel>{t('settings:about.title')}</IonLabel>
        </IonItem>
        <IonItem routerLink="/verwaltung" detail>
          <IonIcon icon={lockClosedOutline} slot="start" aria-hidden="true" />
          <IonLabel>{t('settings:more.manage')}</IonLabel>
        </IonItem>
      </IonList>
    </>
  );
}
