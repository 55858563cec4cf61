import { IonButton, IonSpinner } from '@ionic/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { MapMarker } from '../../../map/LazyDirectoryMap';
import { useInbox } from '../api/get-inbox';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { SORT_KEYS } from '../common/labels';
import { managePaths } from '../manage-routes';
import { BulkBar } from './BulkBar';
import { ExportPanel } from './ExportPanel';
import { InboxFilters } from './InboxFilters';
import { commandFor, moveActive } from './inbox-keys';
import { apiParams, parseInboxSearch, rememberInboxSearch, toInboxSearch, type InboxSort, type InboxView } from './inbox-query';
import { InboxRow } from './InboxRow';
import { ManageMap } from '../common/ManageMap';
import { useManage } from '../common/ManageContext';
import { canFilterByQuarter } from '../common/use-catalog';
import { useOpportunityTitles } from '../common/opportunity-titles';
import { ShortcutsHelp } from './ShortcutsHelp';
import { INBOX_SORTS } from '../../../shared/manage';
import { ViewToggle } from '../../../ui/ViewToggle';

/** The inbox: filters in the URL, list (and map) of the caller's quarters, selection and shortcuts. */
export function InboxScreen() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { user } = useManage();
  const catalog = useCatalogNames(i18n.language);
  const viewKey = toInboxSearch(parseInboxSearch(location.search, canFilterByQuarter(catalog.quarters, user)));
  const view = useMemo(() => parseInboxSearch(viewKey), [viewKey]);
  const inbox = useInbox(useMemo(() => apiParams(view), [view]));
  const opportunityTitle = useOpportunityTitles(
    inbox.items.some((item) => item.kind === 'interest' && item.opportunityId),
    i18n.language,
  );
  const [active, setActive] = useState(-1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [helpOpen, setHelpOpen] = useState(false);
  const rows = useRef<Array<HTMLLIElement | null>>([]);

  const change = useCallback((next: InboxView) => navigate({ pathname: managePaths.inbox, search: toInboxSearch(next) }, { replace: true }), [navigate]);
  useEffect(() => {
    rememberInboxSearch(viewKey);
    setActive(-1);
    setSelected(new Set());
  }, [viewKey]);

  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const focusRow = useCallback((index: number) => {
    setActive(index);
    const row = rows.current[index];
    row?.focus();
    row?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  // Shortcuts on the whole page while the inbox shows; keys typed into fields are left alone (inbox-keys.ts).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const command = commandFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: target ? { tag: target.tagName.toLowerCase(), type: (target as HTMLInputElement).type, editable: target.isContentEditable } : null,
      });
      if (!command) return;
      const item = inbox.items[active];
      if (command === 'help') setHelpOpen((open) => !open);
      else if (command === 'open' && item) navigate(managePaths.item(item.id));
      else if (command === 'toggle' && item) toggle(item.id);
      else if (command === 'back') {
        if (helpOpen) setHelpOpen(false);
        else if (selected.size > 0) setSelected(new Set());
        else return;
      } else if (command === 'next' || command === 'prev' || command === 'first' || command === 'last') {
        focusRow(moveActive(active, inbox.items.length, command));
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, inbox.items, navigate, toggle, focusRow, helpOpen, selected.size]);

  const markers: MapMarker[] = useMemo(
    () =>
      inbox.items.flatMap((item) =>
        item.location ? [{ id: item.id, location: item.location, label: item.title || item.text || item.receipt, approximate: false }] : [],
      ),
    [inbox.items],
  );
  const allSelected = inbox.items.length > 0 && inbox.items.every((item) => selected.has(item.id));
  const isMap = view.view === 'map';

  return (
    <section aria-labelledby="inbox-heading" className="inbox-screen">
      <h2 id="inbox-heading">{t('manage:inbox.title')}</h2>
      <InboxFilters view={view} onChange={change} />
      <div className="inbox-toolbar">
        <div className="field inline-field">
          <label htmlFor="inbox-sort">{t('manage:inbox.sort')}</label>
          <select id="inbox-sort" className="native-input" value={view.sort} onChange={(e) => change({ ...view, sort: e.target.value as InboxSort })} data-testid="inbox-sort">
            {INBOX_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(SORT_KEYS[sort])}
              </option>
            ))}
          </select>
        </div>
        <ViewToggle
          label={t('manage:inbox.viewLabel')}
          value={isMap ? 'map' : 'list'}
          onChange={(next) => change({ ...view, view: next })}
          options={[
            { value: 'list', label: t('manage:inbox.viewList') },
            { value: 'map', label: t('manage:inbox.viewMap'), testId: 'inbox-view-map' },
          ]}
        />
      </div>
      <div className="inbox-extras">
        <ShortcutsHelp open={helpOpen} onToggle={setHelpOpen} />
        <ExportPanel view={view} />
      </div>
      <p role="status" className="inbox-count" data-testid="inbox-count">
        {inbox.loading && inbox.items.length === 0
          ? t('manage:inbox.loading')
          : t(inbox.hasMore ? 'manage:inbox.countMore' : 'manage:inbox.count', { count: inbox.items.length })}
      </p>
      {inbox.error && (
        <div className="notice notice-error" role="alert">
          <p>{t(inbox.error.key, inbox.error.options)}</p>
          <IonButton fill="outline" onClick={inbox.reload}>
            {t('manage:inbox.retry')}
          </IonButton>
        </div>
      )}
      {selected.size > 0 && <BulkBar ids={[...selected]} onClear={() => setSelected(new Set())} onDone={() => setSelected(new Set())} />}
      <div className={isMap ? 'inbox-layout with-map' : 'inbox-layout'}>
        {isMap && (
          <div className="inbox-map-pane" data-testid="inbox-map">
            <p className="muted">{t('manage:inbox.mapHint', { count: markers.length })}</p>
            <ManageMap markers={markers} region={t('manage:inbox.mapRegion')} onSelect={(id) => focusRow(inbox.items.findIndex((i) => i.id === id))} />
          </div>
        )}
        <div className="inbox-list-pane">
          {!inbox.loading && !inbox.error && inbox.items.length === 0 && <p data-testid="inbox-empty">{t('manage:inbox.empty')}</p>}
          {inbox.items.length > 0 && (
            <div className="check-field select-all">
              <input id="inbox-select-all" type="checkbox" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(inbox.items.map((i) => i.id)))} />
              <label htmlFor="inbox-select-all">{t('manage:inbox.selectAll')}</label>
            </div>
          )}
          <ul className="inbox-rows" aria-labelledby="inbox-heading">
            {inbox.items.map((item, index) => (
              <InboxRow
                key={item.id}
                ref={(element) => {
                  rows.current[index] = element;
                }}
                item={item}
                topic={catalog.topicLabel(item.topicId)}
                opportunity={item.kind === 'interest' && item.opportunityId ? opportunityTitle(item.opportunityId) : undefined}
                active={index === active}
                selected={selected.has(item.id)}
                onToggle={() => toggle(item.id)}
                onFocus={() => setActive(index)}
              />
            ))}
          </ul>
          {inbox.loading && inbox.items.length > 0 && (
            <p className="loading-line">
              <IonSpinner aria-hidden="true" /> {t('manage:inbox.loading')}
            </p>
          )}
          {!inbox.loading && inbox.hasMore && (
            <IonButton expand="block" fill="outline" onClick={inbox.loadMore} data-testid="inbox-more">
              {t('manage:inbox.more')}
            </IonButton>
          )}
        </div>
      </div>
    </section>
  );
}
