import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../offline/catalog';
import { CENTRE_KINDS, OFFER_TAGS, type CentreKind } from '../../shared/directory';
import type { CentreFilter } from '../../shared/directory-filter';
import { CheckField, CheckGroup } from '../../ui/FilterControls';
import { FilterPanel } from './FilterPanel';
import { KIND_LABELS, OFFER_LABELS } from './labels';

interface CentreFiltersProps {
  filter: CentreFilter;
  onChange: (filter: CentreFilter) => void;
  quarters: readonly QuarterSummary[];
}

export function CentreFilters({ filter, onChange, quarters }: CentreFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<CentreFilter>) => onChange({ ...filter, ...patch });
  return (
    <FilterPanel
      label={t('discover:filters.centresLabel')}
      filter={filter}
      onChange={onChange}
      quarters={quarters}
      ownActive={(filter.offers?.length ?? 0) + (filter.kinds?.length ?? 0)}
      top={
        <div className="check-row">
          <CheckField label={t('discover:filters.openNow')} checked={filter.openNow ?? false} onChange={(openNow) => set({ openNow })} />
          <CheckField label={t('discover:filters.wheelchair')} checked={filter.wheelchair ?? false} onChange={(wheelchair) => set({ wheelchair })} />
        </div>
      }
    >
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
    </FilterPanel>
  );
}
