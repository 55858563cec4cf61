import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../offline/catalog';
import { COMMITMENT_TYPES, SKILLS, SUITABLE_FOR, type CommitmentType } from '../../shared/directory';
import type { OpportunityFilter } from '../../shared/directory-filter';
import { CheckGroup, SelectField } from '../../ui/FilterControls';
import { FilterPanel } from './FilterPanel';
import { COMMITMENT_LABELS, SKILL_LABELS, SUITABLE_LABELS } from './labels';

interface OpportunityFiltersProps {
  filter: OpportunityFilter;
  onChange: (filter: OpportunityFilter) => void;
  quarters: readonly QuarterSummary[];
}

export function OpportunityFilters({ filter, onChange, quarters }: OpportunityFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<OpportunityFilter>) => onChange({ ...filter, ...patch });
  return (
    <FilterPanel
      label={t('discover:filters.opportunitiesLabel')}
      filter={filter}
      onChange={onChange}
      quarters={quarters}
      ownActive={(filter.skills?.length ?? 0) + (filter.suitableFor?.length ?? 0)}
      top={
        <SelectField
          label={t('discover:filters.commitment')}
          anyLabel={t('discover:filters.anyCommitment')}
          value={filter.commitment ?? ''}
          onChange={(value) => set({ commitment: (value || undefined) as CommitmentType | undefined })}
          options={COMMITMENT_TYPES.map((c) => ({ value: c, label: t(COMMITMENT_LABELS[c]) }))}
        />
      }
    >
      <CheckGroup
        legend={t('discover:filters.skills')}
        options={SKILLS.map((s) => ({ value: s, label: t(SKILL_LABELS[s]) }))}
        chosen={filter.skills ?? []}
        onChange={(skills) => set({ skills })}
      />
      <CheckGroup
        legend={t('discover:filters.suitableFor')}
        options={SUITABLE_FOR.map((s) => ({ value: s, label: t(SUITABLE_LABELS[s]) }))}
        chosen={filter.suitableFor ?? []}
        onChange={(suitableFor) => set({ suitableFor })}
      />
    </FilterPanel>
  );
}
