import { IonButton } from '@ionic/react';
import { IonRefresher, IonRefresherContent } from '../../ui/OnDemandIonic';
import { useLiveQuery } from '../../offline/use-live-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listMyItems, type MyItemView } from '../../offline/outbox';
import { readSubjects, subjectOf } from '../../offline/subjects';
import { EditItemModal } from './EditItemModal';
import { MyItem } from './MyItem';
import { useCatalogNames } from '../../offline/use-catalog-names';
import { missingStatusKey, useStatusRefresh } from './use-status-refresh';
import { usePageVisit } from '../../ui/page-visit';
import { EmptyState } from '../../ui/EmptyState';
import './submissions.css';

/** "Meine Beiträge": everything this device sent, waiting or delivered, live from IndexedDB. */
export function MySubmissionsScreen() {
  const { t, i18n } = useTranslation();
  const items = useLiveQuery(() => listMyItems(), []);
  const names = useCatalogNames(i18n.language);
  // Supports and interests are named by their proposal and offer, from what the device has cached.
  const subjects = useLiveQuery(() => readSubjects(i18n.language), [i18n.language]);
  const [editing, setEditing] = useState<MyItemView>();
  const status = useStatusRefresh();
  const { refresh, fetchMissing } = status;
  const visit = usePageVisit();
  // Each visit asks the server what became of delivered items (throttled; pull-to-refresh forces it).
  useEffect(() => void refresh(false), [visit, refresh]);
  // Delivered items without a fetched status are asked for at once, past the throttle: the round on the app's
  // start ran before they existed. Once per visit and set of such items, so an unreachable server is not asked
  // again and again while the screen stays open.
  const missing = items === undefined ? '' : missingStatusKey(items);
  const askedFor = useRef<{ visit: number; missing: string }>(undefined);
  useEffect(() => {
    if (!missing || (askedFor.current?.visit === visit && askedFor.current.missing === missing)) return;
    askedFor.current = { visit, missing };
    void fetchMissing(missing.split(' '));
  }, [missing, visit, fetchMissing]);

  // A deleted item takes the focus (its delete button) with it: the next item's heading gets it, or the previous
  // one's when the last went, or the empty list's message when nothing is left.
  const deleted = useRef<{ id: string; index: number }>(undefined);
  const list = useRef<HTMLUListElement>(null);
  const empty = useRef<HTMLElement>(null);
  const onDelete = useCallback((id: string) => {
    deleted.current = { id, index: itemsRef.current?.findIndex((view) => view.id === id) ?? 0 };
  }, []);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
    const gone = deleted.current;
    if (!gone || !items || items.some((view) => view.id === gone.id)) return;
    deleted.current = undefined;
    const headings = list.current?.querySelectorAll<HTMLElement>('.my-item-title');
    const next = headings && headings.length > 0 ? headings[Math.min(gone.index, headings.length - 1)] : empty.current;
    next?.focus();
  }, [items]);

  const lookup = (
    <p className="lookup-link">
      <Link to="/meine/nachschlagen">{t('submissions:lookup.link')}</Link>
    </p>
  );
  if (items === undefined) return null;
  if (items.length === 0) {
    return (
      <EmptyState message={t('submissions:empty')} testId="my-items-empty" ref={empty}>
        <IonButton routerLink="/mitmachen">{t('submissions:emptyAction')}</IonButton>
        {lookup}
      </EmptyState>
    );
  }
  const delivered = items.some((i) => i.state === 'delivered');
  return (
    <>
      <IonRefresher slot="fixed" onIonRefresh={(e) => void status.refresh(true).finally(() => e.detail.complete())}>
        <IonRefresherContent />
      </IonRefresher>
      <p className="muted">{t('submissions:intro')}</p>
      {(delivered || Boolean(status.outcome?.requeued)) && (
        <div className="status-bar">
          {/* aria-disabled, not disabled: a disabled button drops the focus; presses while busy are ignored. */}
          <button
            type="button"
            className="plain-button"
            onClick={() => void (status.busy ? undefined : status.refresh(true))}
            aria-disabled={status.busy || undefined}
            data-testid="refresh-status"
          >
            {t(status.busy ? 'submissions:refresh.busy' : 'submissions:refresh.button')}
          </button>
          <p role="status" className="muted">
            {status.outcome?.offline
              ? t('submissions:refresh.offline')
              : status.outcome?.requeued
                ? t('submissions:refresh.requeued', { count: status.outcome.requeued })
                : ''}
          </p>
        </div>
      )}
      {lookup}
      <ul ref={list} className="my-items" aria-label={t('submissions:title')}>
        {items.map((view) => (
          <MyItem key={view.id} view={view} names={names} subject={subjectOf(view.item, view.subject, subjects)} onEdit={setEditing} onDelete={onDelete} />
        ))}
      </ul>
      <EditItemModal view={editing} names={names} onClose={() => setEditing(undefined)} />
    </>
  );
}
