import { IonButton, IonButtons, IonContent, IonHeader, IonIcon, IonItem, IonLabel, IonList, IonModal, IonTitle, IonToolbar } from '@ionic/react';
import { checkmarkOutline, languageOutline } from 'ionicons/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_LIST, languageInfo } from '../shared/languages';

/**
 * The language switch in every tab's header: one tap opens the list, the second picks. The button shows
 * the current language's own name beside the universal language glyph, so it is found without reading German.
 */
export function LanguageButton() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const current = languageInfo(i18n.language) ?? LANGUAGE_LIST[0];
  return (
    <>
      <IonButton onClick={() => setOpen(true)} aria-label={t('common:language.choose', { current: current.autonym })} data-testid="language-button">
        <IonIcon icon={languageOutline} slot="start" aria-hidden="true" />
        <span lang={current.lang}>{current.autonym}</span>
      </IonButton>
      <IonModal isOpen={open} onDidDismiss={() => setOpen(false)} aria-labelledby="language-dialog-title">
        <IonHeader>
          <IonToolbar>
            <IonTitle id="language-dialog-title" role="heading" aria-level={2}>
              {t('common:language.title')}
            </IonTitle>
            <IonButtons slot="end">
              <IonButton onClick={() => setOpen(false)}>{t('common:language.close')}</IonButton>
            </IonButtons>
          </IonToolbar>
        </IonHeader>
        <IonContent>
          <IonList>
            {LANGUAGE_LIST.map((language) => (
              <IonItem
                key={language.code}
                button
                detail={false}
                lang={language.lang}
                dir={language.dir}
                aria-current={language.code === current.code ? 'true' : undefined}
                onClick={() => {
                  setOpen(false);
                  if (language.code !== i18n.language) void i18n.changeLanguage(language.code);
                }}
              >
                <IonLabel>{language.autonym}</IonLabel>
                {language.code === current.code && <IonIcon icon={checkmarkOutline} slot="end" aria-hidden="true" />}
              </IonItem>
            ))}
          </IonList>
        </IonContent>
      </IonModal>
    </>
  );
}
