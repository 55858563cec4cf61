import { IonBadge, IonButton } from '@ionic/react';
import { useAlert } from '../../ui/OnDemandIonic';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteLocalCopy, markSeen } from '../../offline/my-status';
import { deleteOutboxItem, type MyItemView } from '../../offline/outbox';
import { ContactDeletion } from './ContactDeletion';
import { errorText, excerpt, headingText, itemText, NEWS_KEYS, problemKey, serverBadges, STATE_KEYS, SUBJECT_DETAIL_KEYS } from './item-text';
import { CopyReceipt, ReceiptCode } from '../../ui/ReceiptCode';
import { StatusHistory } from './StatusHistory';
import type { CatalogNames } from '../../offline/use-catalog-names';

const BADGE_COLOR: Record<Exclude<MyItemView['state'], 'delivered'>, string> = {
  saved: 'medium',
  sending: 'primary',
  needs_attention: 'danger',
};

interface MyItemProps {
  view: MyItemView;
  names: CatalogNames;
  /** what a support or an interest is about (the proposal's or offer's title), when known */
  subject: string | undefined;
  onEdit: (view: MyItemView) => void;
  /** told before the item is deleted, so the list can move the focus that goes with it */
  onDelete: (id: string) => void;
}

function hasContact(view: MyItemView): boolean {
  const { item } = view;
  return (item.kind === 'feedback' || item.kind === 'proposal' || item.kind === 'interest') && item.contact !== undefined;
}

export function MyItem({ view, names, subject, onEdit, onDelete }: MyItemProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const presentAlert = useAlert();
  const [open, setOpen] = useState(false);
  const { item, state } = view;
  const place = 'quarterId' in item ? names.quarterName(item.quarterId) : undefined;
  const topic = 'topicId' in item ? names.topicLabel(item.topicId) : undefined;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(view.at);
  const editable = item.kind === 'feedback' || item.kind === 'proposal';
  const delivered = state === 'delivered';
  const heading = headingText(item, subject);
  const subjectKey = SUBJECT_DETAIL_KEYS[item.kind];

  const toggle = () => {
    setOpen((was) => !was);
    // Opening is seeing: the badge goes once the resident has the news in front of them.
    if (!open && view.changed) void markSeen(view.id);
  };

  const confirmDelete = () =>
    void presentAlert({
      header: t(delivered ? 'submissions:deleteLocal.title' : 'submissions:delete.title'),
      message: t(delivered ? 'submissions:deleteLocal.message' : 'submissions:delete.message'),
      buttons: [
        { text: t('submissions:delete.cancel'), role: 'cancel' },
        {
          text: t('submissions:delete.confirm'),
          role: 'destructive',
          handler: () => {
            onDelete(view.id);
            void (delivered ? deleteLocalCopy(view.id) : deleteOutboxItem(view.id));
          },
        },
      ],
    });

  return (
    <li className={`my-item my-item-${state}`} data-testid="my-item" data-state={state} data-id={view.id} data-changed={view.changed}>
      <h2 className="my-item-title" tabIndex={-1}>
        {t(heading.key, heading.options)}
        {place && (
          <span>
            {' · '}
            <bdi>{place}</bdi>
          </span>
        )}
      </h2>
      <div className="badge-row">
        {/* Delivered is only the start: what became of the item is the badge, the delivery a quiet line below. */}
        {delivered ? (
          serverBadges(view.server).map((badge) => (
            <IonBadge key={badge.key} color={badge.color} className="state-badge" data-testid="status-badge">
              {t(badge.key)}
            </IonBadge>
          ))
        ) : (
          <IonBadge color={BADGE_COLOR[state]} className="state-badge" data-testid="state-badge">
            {t(STATE_KEYS[state])}
          </IonBadge>
        )}
        {view.changed && (
          <IonBadge color="warning" className="state-badge" data-testid="news-item-badge">
            {t(NEWS_KEYS[view.news ?? 'status'])}
          </IonBadge>
        )}
      </div>
      {topic && <p className="muted my-item-topic">{topic}</p>}
      {itemText(item) && <p className="my-item-text" dir="auto">{excerpt(itemText(item))}</p>}
      <p className="muted my-item-time">
        <time dateTime={new Date(view.at).toISOString()}>{time}</time>
      </p>
      {delivered && (
        <p className="muted my-item-delivery" data-testid="delivery-line">
          {t('submissions:deliveredLine')}
          {view.receipt && (
            <>
              {' · '}
              {t('submissions:receipt')} <ReceiptCode code={view.receipt} testId="receipt" />
            </>
          )}
        </p>
      )}
      {state === 'saved' && view.lastProblem && <p className="muted my-item-problem">{t(problemKey(view.lastProblem))}</p>}
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
      {delivered && (
        <>
          {/* Copy and "show history" as one wrapping row with a clear gap: side by side they read as one
              control in narrow or right-to-left layouts. */}
          <div className="my-item-actions">
            {view.receipt && <CopyReceipt code={view.receipt} />}
            <button type="button" className="link-button" aria-expanded={open} aria-controls={`${id}-details`} onClick={toggle} data-testid="my-item-toggle">
              {t(open ? 'submissions:details.hide' : 'submissions:details.show')}
            </button>
          </div>
          <div id={`${id}-details`} hidden={!open} className="my-item-details">
            {open && (
              <>
                {subject && subjectKey && (
                  <p className="my-item-subject" data-testid="my-item-subject">
                    {t(subjectKey, { subject })}
                  </p>
                )}
                {view.server ? <StatusHistory view={view.server} /> : <p className="muted">{t('submissions:details.noStatus')}</p>}
                {hasContact(view) && <ContactDeletion id={view.id} />}
                <button type="button" className="plain-button danger-button" onClick={confirmDelete}>
                  {t('submissions:actions.deleteLocal')}
                </button>
              </>
            )}
          </div>
        </>
      )}
    </li>
  );
}
