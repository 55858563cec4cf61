import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Whether any search text or filter is set (empty text, lists and `false` count as not set). */
export function hasActiveFilter(filter: object): boolean {
  return Object.values(filter).some((value: unknown) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '' && value !== false,
  );
}

interface ResultsLayoutProps {
  view: 'list' | 'map';
  filters: ReactNode;
  filtersActive: boolean;
  count: ReactNode;
  results: ReactNode;
}

/**
 * Filters, count and results of a directory panel. The list reads top-down (filters, then what they
 * found). On a phone the filters alone fill the first screen, so in map view the map comes first, right
 * under the list/map switch, and the filters fold away after it — in the DOM too, so focus follows.
 */
export function ResultsLayout({ view, filters, filtersActive, count, results }: ResultsLayoutProps) {
  const { t } = useTranslation();
  if (view === 'list') {
    return (
      <>
        {filters}
        {count}
        {results}
      </>
    );
  }
  return (
    <>
      {count}
      {results}
      <details className="filters-after-map" data-testid="map-filters">
        <summary>{t(filtersActive ? 'discover:filters.showActive' : 'discover:filters.show')}</summary>
        {filters}
      </details>
    </>
  );
}
