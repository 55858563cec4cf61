import { IonIcon, IonLabel } from '@ionic/react';
import { IonItem, IonList, IonRadio, IonRadioGroup } from '../../ui/OnDemandIonic';
import { informationCircleOutline, lockClosedOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_LIST } from '../../shared/languages';
import { InstallSection } from './InstallSection';

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
          {/* Each language in its own name and script (shared/languages.ts). The rows follow the UI's direction, so
              every radio sits on the same side; only the name keeps its own language and direction. */}
          {LANGUAGE_LIST.map(({ code, lang, dir, autonym }) => (
            <IonItem key={code}>
              <IonRadio value={code} justify="space-between">
                <bdi lang={lang} dir={dir}>
                  {autonym}
                </bdi>
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
