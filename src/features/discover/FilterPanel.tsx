import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../offline/catalog';
import { MoreFilters, SearchField, SelectField } from '../../ui/FilterControls';
import { FILTER_LANGUAGES, languageName } from './labels';

/** What both directory filters have: a text search, a quarter and a language. */
interface CommonFilter {
  text?: string;
  quarterId?: string;
  language?: string;
}

interface FilterPanelProps<F extends CommonFilter> {
  label: string;
  filter: F;
  onChange: (filter: F) => void;
  quarters: readonly QuarterSummary[];
  /** how many of the panel's own folded-away filters are set */
  ownActive: number;
  /** always in view, after the search */
  top: ReactNode;
  /** the panel's own less-used filters, between quarter and language */
  children: ReactNode;
}

/** A directory filter panel: search, the panel's main filters, and the less-used ones folded away. */
export function FilterPanel<F extends CommonFilter>({ label, filter, onChange, quarters, ownActive, top, children }: FilterPanelProps<F>) {
  const { t, i18n } = useTranslation();
  const set = (patch: Partial<CommonFilter>) => onChange({ ...filter, ...patch });
  const more = ownActive + (filter.quarterId ? 1 : 0) + (filter.language ? 1 : 0);
  return (
    <div className="filters" role="search" aria-label={label}>
      <SearchField label={t('discover:filters.search')} value={filter.text ?? ''} onChange={(text) => set({ text })} />
      {top}
      <MoreFilters summary={more ? t('discover:filters.moreActive', { count: more }) : t('discover:filters.more')}>
        <SelectField
          label={t('discover:filters.quarter')}
          anyLabel={t('discover:filters.anyQuarter')}
          value={filter.quarterId ?? ''}
          onChange={(quarterId) => set({ quarterId: quarterId || undefined })}
          options={quarters.map((q) => ({ value: q.id, label: q.name }))}
        />
        {children}
        <SelectField
          label={t('discover:filters.language')}
          anyLabel={t('discover:filters.anyLanguage')}
          value={filter.language ?? ''}
          onChange={(language) => set({ language: language || undefined })}
          options={FILTER_LANGUAGES.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
        />
      </MoreFilters>
    </div>
  );
}
