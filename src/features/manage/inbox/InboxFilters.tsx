import { IonButton } from '@ionic/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES } from '../../../shared/catalog';
import { SearchField, SelectField } from '../../../ui/FilterControls';
import { MODERATION_STATES, SUBMISSION_STATUSES } from '../../../shared/submission';
import { KIND_KEYS, MODERATION_KEYS, STATUS_KEYS, THEME_KEYS } from '../common/labels';
import { useCatalogNames } from '../../../offline/use-catalog-names';
import { quartersFor } from '../common/use-catalog';
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
  const { t, i18n } = useTranslation();
  const id = useId();
  const { user } = useManage();
  const catalog = useCatalogNames(i18n.language);
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
    <SelectField label={label} value={view.filter[key] ?? ''} onChange={(value) => set(key, value)} anyLabel={t('manage:filters.all')} options={options} testId={`filter-${key}`} />
  );

  const count = activeFilterCount(view);
  return (
    <details className="inbox-filters" open={typeof window === 'undefined' || window.innerWidth >= 768}>
      <summary>{count > 0 ? t('manage:filters.summaryActive', { count }) : t('manage:filters.summary')}</summary>
      <form role="search" aria-label={t('manage:filters.label')} onSubmit={(e) => e.preventDefault()} className="filter-grid">
        <SearchField label={t('manage:filters.q')} value={q} onChange={setQ} maxLength={200} testId="filter-q" />
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
