import { IonButton } from '@ionic/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listMyItems, type MyItemView } from '../../offline/outbox';
import { EditItemModal } from './EditItemModal';
import { MyItem } from './MyItem';
import { useCatalogNames } from './use-catalog-names';

/** "Meine Beiträge": everything this device sent, waiting or delivered, live from IndexedDB. */
export function MySubmissionsScreen() {
  const { t, i18n } = useTranslation();
  const items = useLiveQuery(() => listMyItems(), []);
  const names = useCatalogNames(i18n.language);
  const [editing, setEditing] = useState<MyItemView>();

  if (items === undefined) return null;
  if (items.length === 0) {
    return (
      <div className="empty-state" data-testid="my-items-empty">
        <p>{t('submissions:empty')}</p>
        <IonButton routerLink="/mitmachen">{t('submissions:emptyAction')}</IonButton>
      </div>
    );
  }
  return (
    <>
      <p className="muted">{t('submissions:intro')}</p>
      <ul className="my-items" aria-label={t('submissions:title')}>
        {items.map((view) => (
          <MyItem key={view.id} view={view} names={names} onEdit={setEditing} />
        ))}
      </ul>
      <EditItemModal view={editing} names={names} onClose={() => setEditing(undefined)} />
    </>
  );
}
