import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Opportunity, Point } from '../../shared/directory';
import { filterOpportunities, opportunityPlace, opportunityTexts, sortByNearness, type OpportunityFilter } from '../../shared/directory-filter';
import { DiscoverMap, type MapEntry } from './DiscoverMap';
import { localised } from './labels';
import { OpportunityCard } from './OpportunityCard';
import { OpportunityFilters } from './OpportunityFilters';
import type { Directory } from './use-directory';
import { CITY_TIME_ZONE, holidaysFor } from './use-now';
import { EmptyState } from '../../ui/EmptyState';
import { hasActiveFilter, ResultsLayout } from './ResultsLayout';
import { ResultCount } from './ResultCount';
import { useDirectorySearch } from './use-directory-search';

interface OpportunitiesPanelProps {
  directory: Directory;
  filter: OpportunityFilter;
  onFilter: (filter: OpportunityFilter) => void;
  view: 'list' | 'map';
  location: Point | undefined;
  now: Date;
}

export function OpportunitiesPanel({ directory, filter, onFilter, view, location, now }: OpportunitiesPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ctx = useMemo(
    () => ({ at: now, holidays: holidaysFor(now), timeZone: CITY_TIME_ZONE, quarterNames: directory.quarterNames, centresById: directory.centresById }),
    [now, directory.quarterNames, directory.centresById],
  );
  const run = useCallback((opportunities: readonly Opportunity[], wanted: OpportunityFilter) => filterOpportunities(opportunities, wanted, ctx), [ctx]);
  const textsOf = useCallback((opportunity: Opportunity) => opportunityTexts(opportunity, ctx), [ctx]);
  const search = useDirectorySearch(directory.opportunities, filter, run, textsOf, directory.quarterList);
  const ranked = useMemo(() => {
    const from = { ...(location ? { location } : {}), ...(directory.userQuarterId ? { quarterId: directory.userQuarterId } : {}) };
    return sortByNearness(search.found, (o) => opportunityPlace(o, directory.centresById), (o) => localised(o.title, language), from);
  }, [search.found, directory.centresById, directory.userQuarterId, location, language]);
  const entries: MapEntry[] = useMemo(
    () =>
      ranked.flatMap(({ item }) => {
        const place = opportunityPlace(item, directory.centresById);
        if (!place.location) return [];
        const title = localised(item.title, language);
        return [
          {
            marker: { id: item.id, location: place.location, label: title, approximate: place.locationPrecision !== 'exact' },
            href: `/entdecken/engagement/${item.id}`,
            title,
            subtitle: item.organisation,
          },
        ];
      }),
    [ranked, directory.centresById, language],
  );

  // Where the data pack has only samples, say so and point to a real volunteer agency if there is one.
  const onlySamples = directory.opportunities.every((o) => o.sample);
  const agency = directory.centres.find((c) => c.kind === 'volunteer_agency' && !c.sample);

  return (
    <>
      {onlySamples && (
        <p className="notice" data-testid="samples-only">
          {t('discover:samplesOnly')}
          {agency && (
            <>
              {' '}
              <Link to={`/entdecken/orte/${agency.id}`}>{t('discover:realAgency', { name: agency.name })}</Link>
            </>
          )}
        </p>
      )}
      <ResultsLayout
        view={view}
        filters={<OpportunityFilters filter={filter} onChange={onFilter} quarters={directory.quarterList} />}
        filtersActive={hasActiveFilter(filter)}
        count={<ResultCount text={t('discover:count.opportunities', { count: ranked.length })} soundQuarters={search.soundQuarters} corrections={search.corrections} />}
        results={
          ranked.length === 0 ? (
            search.pending ? null : <EmptyState message={t('discover:empty')} />
          ) : view === 'list' ? (
            <ul className="directory-list" aria-label={t('discover:lists.opportunities')}>
              {ranked.map(({ item, distanceM }) => {
                const quarterId = opportunityPlace(item, directory.centresById).quarterId;
                return (
                  <OpportunityCard
                    key={item.id}
                    opportunity={item}
                    quarterName={quarterId ? directory.quarterNames.get(quarterId) : undefined}
                    distanceM={distanceM}
                    now={now}
                  />
                );
              })}
            </ul>
          ) : (
            <DiscoverMap entries={entries} directory={directory} userLocation={location} />
          )
        }
      />
    </>
  );
}
