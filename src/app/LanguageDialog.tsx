import { IonButton, IonButtons, IonContent, IonHeader, IonIcon, IonLabel, IonTitle, IonToolbar } from '@ionic/react';
import { IonItem, IonList, IonModal } from '../ui/OnDemandIonic';
import { checkmarkOutline } from 'ionicons/icons';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_LIST, type LanguageInfo } from '../shared/languages';

export interface LanguageDialogProps {
  isOpen: boolean;
  current: LanguageInfo;
  onClose: () => void;
}

/** The list of languages behind the header's language button; its code loads on the first tap. */
export function LanguageDialog({ isOpen, current, onClose }: LanguageDialogProps) {
  const { t, i18n } = useTranslation();
  return (
    // aria-label, not aria-labelledby: Ionic moves it onto the dialog inside its shadow root, where an id
    // from the page would point at nothing and the dialog would have no name.
    <IonModal isOpen={isOpen} onDidDismiss={onClose} aria-label={t('common:language.title')}>
      <IonHeader>
        <IonToolbar>
          <IonTitle role="heading" aria-level={2}>
            {t('common:language.title')}
          </IonTitle>
          <IonButtons slot="end">
            <IonButton onClick={onClose}>{t('common:language.close')}</IonButton>
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
              aria-current={language.code === current.code ? 'true' : undefined}
              onClick={() => {
                onClose();
                if (language.code !== i18n.language) void i18n.changeLanguage(language.code);
              }}
            >
              {/* The row follows the UI's direction (the check mark on the same side in every row); only the
                  name keeps its own language and direction. */}
              <IonLabel>
                <bdi lang={language.lang} dir={language.dir}>
                  {language.autonym}
                </bdi>
              </IonLabel>
              {language.code === current.code && <IonIcon icon={checkmarkOutline} slot="end" aria-hidden="true" />}
            </IonItem>
          ))}
        </IonList>
      </IonContent>
    </IonModal>
  );
}
