import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../offline/catalog';
import { COMMITMENT_TYPES, SKILLS, SUITABLE_FOR, type CommitmentType } from '../../shared/directory';
import type { OpportunityFilter } from '../../shared/directory-filter';
import { CheckGroup, MoreFilters, SearchField, SelectField } from './FilterControls';
import { COMMITMENT_LABELS, FILTER_LANGUAGES, languageName, SKILL_LABELS, SUITABLE_LABELS } from './labels';

interface OpportunityFiltersProps {
  filter: OpportunityFilter;
  onChange: (filter: OpportunityFilter) => void;
  quarters: readonly QuarterSummary[];
}

export function OpportunityFilters({ filter, onChange, quarters }: OpportunityFiltersProps) {
  const { t, i18n } = useTranslation();
  const set = (patch: Partial<OpportunityFilter>) => onChange({ ...filter, ...patch });
  const more = (filter.quarterId ? 1 : 0) + (filter.skills?.length ?? 0) + (filter.suitableFor?.length ?? 0) + (filter.language ? 1 : 0);
  return (
    <div className="filters" role="search" aria-label={t('discover:filters.opportunitiesLabel')}>
      <SearchField label={t('discover:filters.search')} value={filter.text ?? ''} onChange={(text) => set({ text })} />
      <SelectField
        label={t('discover:filters.commitment')}
        anyLabel={t('discover:filters.anyCommitment')}
        value={filter.commitment ?? ''}
        onChange={(value) => set({ commitment: (value || undefined) as CommitmentType | undefined })}
        options={COMMITMENT_TYPES.map((c) => ({ value: c, label: t(COMMITMENT_LABELS[c]) }))}
      />
      <MoreFilters summary={more ? t('discover:filters.moreActive', { count: more }) : t('discover:filters.more')}>
        <SelectField
          label={t('discover:filters.quarter')}
          anyLabel={t('discover:filters.anyQuarter')}
          value={filter.quarterId ?? ''}
          onChange={(quarterId) => set({ quarterId: quarterId || undefined })}
          options={quarters.map((q) => ({ value: q.id, label: q.name }))}
        />
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
