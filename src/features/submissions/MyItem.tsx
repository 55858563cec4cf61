import { IonBadge, IonButton, useIonAlert } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { deleteOutboxItem, type MyItemView } from '../../offline/outbox';
import { errorText, excerpt, itemText, KIND_KEYS, problemKey, STATE_KEYS, STATUS_KEYS } from './item-text';
import type { CatalogNames } from './use-catalog-names';

const BADGE_COLOR: Record<MyItemView['state'], string> = {
  saved: 'medium',
  sending: 'primary',
  delivered: 'success',
  needs_attention: 'danger',
};

interface MyItemProps {
  view: MyItemView;
  names: CatalogNames;
  onEdit: (view: MyItemView) => void;
}

export function MyItem({ view, names, onEdit }: MyItemProps) {
  const { t, i18n } = useTranslation();
  const [presentAlert] = useIonAlert();
  const { item, state } = view;
  const place = 'quarterId' in item ? names.quarterName(item.quarterId) : undefined;
  const topic = 'topicId' in item ? names.topicLabel(item.topicId) : undefined;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(view.at);
  const editable = item.kind === 'feedback' || item.kind === 'proposal';

  const confirmDelete = () =>
    void presentAlert({
      header: t('submissions:delete.title'),
      message: t('submissions:delete.message'),
      buttons: [
        { text: t('submissions:delete.cancel'), role: 'cancel' },
        { text: t('submissions:delete.confirm'), role: 'destructive', handler: () => void deleteOutboxItem(view.id) },
      ],
    });

  return (
    <li className={`my-item my-item-${state}`} data-testid="my-item" data-state={state} data-id={view.id}>
      <h2 className="my-item-title">
        {t(KIND_KEYS[item.kind])}
        {place && <span> · {place}</span>}
      </h2>
      <IonBadge color={BADGE_COLOR[state]} className="state-badge" data-testid="state-badge">
        {t(STATE_KEYS[state])}
      </IonBadge>
      {topic && <p className="muted my-item-topic">{topic}</p>}
      {itemText(item) && <p className="my-item-text">{excerpt(itemText(item))}</p>}
      <p className="muted my-item-time">
        <time dateTime={new Date(view.at).toISOString()}>{time}</time>
      </p>
      {state === 'delivered' && view.receipt && (
        <p className="my-item-receipt">
          {t('submissions:receipt')} <strong data-testid="receipt">{view.receipt}</strong>
        </p>
      )}
      {state === 'delivered' && view.server && (
        <p className="my-item-status">
          {t('submissions:serverStatus', { status: t(STATUS_KEYS[view.server.status] ?? 'submissions:status.received') })}
        </p>
      )}
      {view.server?.publicResponse && (
        <p className="my-item-response">
          {t('submissions:publicResponse')} {view.server.publicResponse}
        </p>
      )}
      {state === 'saved' && view.lastProblem && (
        <p className="muted my-item-problem">{t(problemKey(view.lastProblem))}</p>
      )}
      {state === 'needs_attention' && (
        <div className="my-item-attention">
          <p className="field-error" data-testid="attention-reason">
            {view.error ? errorText(view.error, t) : t('errors:internal')}
          </p>
          <div className="button-row">
            {editable && (
              <IonButton size="default" onClick={() => onEdit(view)}>
                {t('submissions:actions.editResend')}
              </IonButton>
            )}
            <IonButton size="default" fill="outline" color="danger" onClick={confirmDelete}>
              {t('submissions:actions.delete')}
            </IonButton>
          </div>
        </div>
      )}
    </li>
  );
}
