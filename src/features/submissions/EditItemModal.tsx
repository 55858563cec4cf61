import { IonButton, IonButtons, IonContent, IonHeader, IonTitle, IonToolbar } from '@ionic/react';
import { IonModal } from '../../ui/OnDemandIonic';
import { useTranslation } from 'react-i18next';
import type { MyItemView } from '../../offline/outbox';
import { EditItemForm, editableFields } from './EditItemForm';
import type { CatalogNames } from '../../offline/use-catalog-names';

interface EditItemModalProps {
  view: MyItemView | undefined;
  names: CatalogNames;
  onClose: () => void;
}

/** Fix what the server refused and send it again (under a new id, see `resendEdited`). */
export function EditItemModal({ view, names, onClose }: EditItemModalProps) {
  const { t } = useTranslation();
  const fields = editableFields(view);
  return (
    <IonModal isOpen={view !== undefined && fields !== undefined} onDidDismiss={onClose} aria-label={t('submissions:edit.title')}>
      <IonHeader>
        <IonToolbar color="primary">
          <IonTitle role="heading" aria-level={2}>
            {t('submissions:edit.title')}
          </IonTitle>
          <IonButtons slot="end">
            <IonButton onClick={onClose}>{t('submissions:edit.cancel')}</IonButton>
          </IonButtons>
        </IonToolbar>
      </IonHeader>
      <IonContent className="ion-padding">
        {/* A new form for every item opened, so it starts from that item's values. */}
        {view && fields && <EditItemForm key={view.id} view={view} fields={fields} names={names} onSent={onClose} />}
      </IonContent>
    </IonModal>
  );
}
