import { IonBadge, IonButton, IonSpinner } from '@ionic/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readCatalog } from '../../offline/catalog';
import { listInbox, ManageApiError, type InboxItem } from '../../offline/manage-api';
import { manageErrorMessage, type Message } from './manage-errors';

const STATUS_KEYS: Record<InboxItem['status'], string> = {
  received: 'manage:status.received',
  in_review: 'manage:status.in_review',
  in_progress: 'manage:status.in_progress',
  done: 'manage:status.done',
  declined: 'manage:status.declined',
};

const KIND_KEYS: Record<InboxItem['kind'], string> = {
  feedback: 'manage:kind.feedback',
  proposal: 'manage:kind.proposal',
  support: 'manage:kind.support',
  interest: 'manage:kind.interest',
};

interface InboxListProps {
  /** the session ended on the server (401): back to the login form */
  onSessionLost: () => void;
}

export function InboxList({ onSessionLost }: InboxListProps) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<InboxItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Message>();
  const topics = useLiveQuery(() => readCatalog('topics'), []);
  const topicLabel = useMemo(() => {
    const byId = new Map((topics ?? []).map((topic) => [topic.id, topic.label[i18n.language] ?? topic.label.de]));
    return (id: string) => byId.get(id) ?? id;
  }, [topics, i18n.language]);

  const load = useCallback(
    async (after?: string) => {
      setLoading(true);
      setError(undefined);
      try {
        const page = await listInbox(after ? { cursor: after } : {});
        setItems((current) => (after ? [...current, ...page.items] : page.items));
        setCursor(page.nextCursor);
      } catch (caught) {
        if (caught instanceof ManageApiError && caught.status === 401) onSessionLost();
        else setError(manageErrorMessage(caught, 'inbox'));
      } finally {
        setLoading(false);
      }
    },
    [onSessionLost],
  );
  useEffect(() => void load(), [load]);

  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t('manage:inbox.title')}</h2>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{t(error.key, error.options)}</p>
          <IonButton fill="outline" onClick={() => void load(cursor ?? undefined)}>
            {t('manage:inbox.retry')}
          </IonButton>
        </div>
      )}
      {!loading && !error && items.length === 0 && <p data-testid="inbox-empty">{t('manage:inbox.empty')}</p>}
      <ul className="inbox-items">
        {items.map((item) => (
          <li key={item.id} className="inbox-item" data-testid="inbox-item" data-id={item.id} data-status={item.status}>
            <h3>
              {t(KIND_KEYS[item.kind])}
              {item.quarterName && <span> · {item.quarterName}</span>}
            </h3>
            <IonBadge color={item.status === 'declined' ? 'medium' : 'primary'}>{t(STATUS_KEYS[item.status])}</IonBadge>
            {item.topicId && <p className="muted">{topicLabel(item.topicId)}</p>}
            {item.title && <p className="inbox-title">{item.title}</p>}
            {item.text && <p className="inbox-text">{item.text}</p>}
            <p className="muted">
              <time dateTime={item.createdAt}>{time.format(new Date(item.createdAt))}</time>
              {' · '}
              <span className="nowrap">
                {t('manage:inbox.receipt')} <span data-testid="inbox-receipt">{item.receipt}</span>
              </span>
              {item.visibility === 'public' && <> · {t('manage:inbox.public')}</>}
            </p>
          </li>
        ))}
      </ul>
      {loading && (
        <p role="status" className="loading-line">
          <IonSpinner aria-hidden="true" /> {t('manage:inbox.loading')}
        </p>
      )}
      {!loading && cursor && (
        <IonButton expand="block" fill="outline" onClick={() => void load(cursor)}>
          {t('manage:inbox.more')}
        </IonButton>
      )}
    </section>
  );
}
