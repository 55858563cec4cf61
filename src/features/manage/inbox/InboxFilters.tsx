import { IonButton } from '@ionic/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES } from '../../../shared/catalog';
import { MODERATION_STATES, SUBMISSION_STATUSES } from '../../../shared/submission';
import { KIND_KEYS, MODERATION_KEYS, STATUS_KEYS, THEME_KEYS } from '../common/labels';
import { quartersFor, useCatalogNames } from '../common/use-catalog';
import { useManage } from '../common/ManageContext';
import { activeFilterCount, DEFAULT_VIEW, withFilter, type FilterKey, type InboxView } from './inbox-query';

interface InboxFiltersProps {
  view: InboxView;
  onChange: (next: InboxView) => void;
}

const KINDS = ['feedback', 'proposal', 'support', 'interest'] as const;
// Typing in the search waits this long before the inbox asks the server again.
const SEARCH_DELAY_MS = 400;

/** Every filter of the inbox; each change goes straight into the URL (see inbox-query.ts). */
export function InboxFilters({ view, onChange }: InboxFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const { user } = useManage();
  const catalog = useCatalogNames();
  const quarters = quartersFor(catalog.quarters, user);
  const [q, setQ] = useState(view.filter.q ?? '');
  const set = (key: FilterKey, value: string) => onChange(withFilter(view, key, value));

  // The URL is the truth: a bookmark or "reset" changes the field too.
  useEffect(() => setQ((typed) => (typed.trim() === (view.filter.q ?? '') ? typed : (view.filter.q ?? ''))), [view.filter.q]);
  useEffect(() => {
    if (q.trim() === (view.filter.q ?? '')) return;
    const timer = setTimeout(() => onChange(withFilter(view, 'q', q.trim())), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, view, onChange]);

  const select = (key: FilterKey, label: string, options: ReadonlyArray<{ value: string; label: string }>) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} className="native-input" value={view.filter[key] ?? ''} onChange={(e) => set(key, e.target.value)} data-testid={`filter-${key}`}>
        <option value="">{t('manage:filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  const count = activeFilterCount(view);
  return (
    <details className="inbox-filters" open={typeof window === 'undefined' || window.innerWidth >= 768}>
      <summary>{count > 0 ? t('manage:filters.summaryActive', { count }) : t('manage:filters.summary')}</summary>
      <form role="search" aria-label={t('manage:filters.label')} onSubmit={(e) => e.preventDefault()} className="filter-grid">
        <div className="field filter-search">
          <label htmlFor={`${id}-q`}>{t('manage:filters.q')}</label>
          <input id={`${id}-q`} className="native-input" type="search" value={q} maxLength={200} onChange={(e) => setQ(e.target.value)} data-testid="filter-q" />
        </div>
        {select('kind', t('manage:filters.kind'), KINDS.map((k) => ({ value: k, label: t(KIND_KEYS[k]) })))}
        {select('quarterId', t('manage:filters.quarter'), quarters.map((q) => ({ value: q.id, label: q.name })))}
        {select('theme', t('manage:filters.theme'), THEMES.map((th) => ({ value: th, label: t(THEME_KEYS[th] ?? th) })))}
        {select(
          'topicId',
          t('manage:filters.topic'),
          catalog.topics.filter((topic) => !view.filter.theme || topic.theme === view.filter.theme).map((topic) => ({ value: topic.id, label: catalog.topicLabel(topic.id) })),
        )}
        {select('status', t('manage:filters.status'), SUBMISSION_STATUSES.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) })))}
        {select('moderation', t('manage:filters.moderation'), MODERATION_STATES.map((m) => ({ value: m, label: t(MODERATION_KEYS[m]) })))}
        {select('hasPhoto', t('manage:filters.hasPhoto'), [
          { value: 'true', label: t('manage:filters.yes') },
          { value: 'false', label: t('manage:filters.no') },
        ])}
        {select('unread', t('manage:filters.unread'), [
          { value: 'true', label: t('manage:filters.onlyUnread') },
          { value: 'false', label: t('manage:filters.onlyRead') },
        ])}
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('manage:filters.from')}</label>
          <input id={`${id}-from`} className="native-input" type="date" value={view.filter.from ?? ''} max={view.filter.to} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('manage:filters.to')}</label>
          <input id={`${id}-to`} className="native-input" type="date" value={view.filter.to ?? ''} min={view.filter.from} onChange={(e) => set('to', e.target.value)} />
        </div>
        <div className="filter-reset">
          <IonButton fill="outline" disabled={count === 0} onClick={() => onChange({ ...view, filter: DEFAULT_VIEW.filter })}>
            {t('manage:filters.reset')}
          </IonButton>
        </div>
      </form>
    </details>
  );
}
