import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Centre, Point } from '../../shared/directory';
import { centreTexts, filterCentres, sortByNearness, type CentreFilter } from '../../shared/directory-filter';
import { CentreCard } from './CentreCard';
import { CentreFilters } from './CentreFilters';
import { DiscoverMap, type MapEntry } from './DiscoverMap';
import { KIND_LABELS } from './labels';
import type { Directory } from './use-directory';
import { CITY_TIME_ZONE, holidaysFor } from './use-now';
import { EmptyState } from '../../ui/EmptyState';
import { hasActiveFilter, ResultsLayout } from './ResultsLayout';
import { ResultCount } from './ResultCount';
import { useDirectorySearch } from './use-directory-search';

interface CentresPanelProps {
  directory: Directory;
  filter: CentreFilter;
  onFilter: (filter: CentreFilter) => void;
  view: 'list' | 'map';
  location: Point | undefined;
  now: Date;
}

export function CentresPanel({ directory, filter, onFilter, view, location, now }: CentresPanelProps) {
  const { t } = useTranslation();
  const ctx = useMemo(
    () => ({ at: now, holidays: holidaysFor(now), timeZone: CITY_TIME_ZONE, quarterNames: directory.quarterNames }),
    [now, directory.quarterNames],
  );
  const run = useCallback((centres: readonly Centre[], wanted: CentreFilter) => filterCentres(centres, wanted, ctx), [ctx]);
  const textsOf = useCallback((centre: Centre) => centreTexts(centre, ctx), [ctx]);
  const search = useDirectorySearch(directory.centres, filter, run, textsOf, directory.quarterList);
  const ranked = useMemo(() => {
    const from = { ...(location ? { location } : {}), ...(directory.userQuarterId ? { quarterId: directory.userQuarterId } : {}) };
    return sortByNearness(search.found, (c) => c, (c) => c.name, from);
  }, [search.found, directory.userQuarterId, location]);
  const entries: MapEntry[] = useMemo(
    () =>
      ranked.map(({ item }) => ({
        marker: { id: item.id, location: item.location, label: item.name, approximate: item.locationPrecision !== 'exact' },
        href: `/entdecken/orte/${item.id}`,
        title: item.name,
        subtitle: `${t(KIND_LABELS[item.kind])} · ${directory.quarterNames.get(item.quarterId) ?? ''}`,
      })),
    [ranked, directory.quarterNames, t],
  );

  return (
    <>
      <ResultsLayout
        view={view}
        filters={<CentreFilters filter={filter} onChange={onFilter} quarters={directory.quarterList} />}
        filtersActive={hasActiveFilter(filter)}
        count={<ResultCount text={t('discover:count.centres', { count: ranked.length })} soundQuarters={search.soundQuarters} corrections={search.corrections} />}
        results={
          ranked.length === 0 ? (
            search.pending ? null : <EmptyState message={t('discover:empty')} />
          ) : view === 'list' ? (
            <ul className="directory-list" aria-label={t('discover:lists.centres')}>
              {ranked.map(({ item, distanceM }) => (
                <CentreCard key={item.id} centre={item} quarterName={directory.quarterNames.get(item.quarterId)} distanceM={distanceM} now={now} />
              ))}
            </ul>
          ) : (
            <DiscoverMap entries={entries} directory={directory} userLocation={location} />
          )
        }
      />
    </>
  );
}
