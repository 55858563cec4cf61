import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../offline/catalog';
import { CENTRE_KINDS, OFFER_TAGS, type CentreKind } from '../../shared/directory';
import type { CentreFilter } from '../../shared/directory-filter';
import { CheckField, CheckGroup, MoreFilters, SearchField, SelectField } from './FilterControls';
import { FILTER_LANGUAGES, KIND_LABELS, languageName, OFFER_LABELS } from './labels';

interface CentreFiltersProps {
  filter: CentreFilter;
  onChange: (filter: CentreFilter) => void;
  quarters: readonly QuarterSummary[];
}

export function CentreFilters({ filter, onChange, quarters }: CentreFiltersProps) {
  const { t, i18n } = useTranslation();
  const set = (patch: Partial<CentreFilter>) => onChange({ ...filter, ...patch });
  const more = (filter.quarterId ? 1 : 0) + (filter.offers?.length ?? 0) + (filter.language ? 1 : 0) + (filter.kinds?.length ?? 0);
  return (
    <div className="filters" role="search" aria-label={t('discover:filters.centresLabel')}>
      <SearchField label={t('discover:filters.search')} value={filter.text ?? ''} onChange={(text) => set({ text })} />
      <div className="check-row">
        <CheckField label={t('discover:filters.openNow')} checked={filter.openNow ?? false} onChange={(openNow) => set({ openNow })} />
        <CheckField
          label={t('discover:filters.wheelchair')}
          checked={filter.wheelchair ?? false}
          onChange={(wheelchair) => set({ wheelchair })}
        />
      </div>
      <MoreFilters summary={more ? t('discover:filters.moreActive', { count: more }) : t('discover:filters.more')}>
        <SelectField
          label={t('discover:filters.quarter')}
          anyLabel={t('discover:filters.anyQuarter')}
          value={filter.quarterId ?? ''}
          onChange={(quarterId) => set({ quarterId: quarterId || undefined })}
          options={quarters.map((q) => ({ value: q.id, label: q.name }))}
        />
        <CheckGroup<CentreKind>
          legend={t('discover:filters.kind')}
          options={CENTRE_KINDS.map((k) => ({ value: k, label: t(KIND_LABELS[k]) }))}
          chosen={filter.kinds ?? []}
          onChange={(kinds) => set({ kinds })}
        />
        <CheckGroup
          legend={t('discover:filters.offers')}
          options={OFFER_TAGS.map((o) => ({ value: o, label: t(OFFER_LABELS[o]) }))}
          chosen={filter.offers ?? []}
          onChange={(offers) => set({ offers })}
        />
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
