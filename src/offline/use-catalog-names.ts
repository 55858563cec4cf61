import { useLiveQuery } from './use-live-query';
import { useEffect, useMemo } from 'react';
import { readFormCatalogs, refreshCatalog, type QuarterSummary, type Topic } from './catalog';
import { pickText } from '../shared/languages';

/*
 * The one React hook in src/offline: names for quarter and topic ids, read live from the catalog
 * cache. "Meine Beiträge" and the manager area both need it and features may not import each other;
 * it holds no UI, so it sits with the cache it reads.
 */

export interface CatalogNames {
  quarters: QuarterSummary[];
  topics: Topic[];
  /** the quarter's name; an id the cache does not know is shown as it is, no id as '' */
  quarterName: (id: string | null | undefined) => string;
  topicLabel: (id: string | null | undefined) => string;
}

/** Builds the lookups; pure, so it is tested without React. */
export function catalogNames(quarters: QuarterSummary[], topics: Topic[], language: string): CatalogNames {
  const quarterById = new Map(quarters.map((q) => [q.id, q.name]));
  const topicById = new Map(topics.map((topic) => [topic.id, pickText(topic.label, language)]));
  return {
    quarters,
    topics,
    quarterName: (id) => (id ? (quarterById.get(id) ?? id) : ''),
    topicLabel: (id) => (id ? (topicById.get(id) ?? id) : ''),
  };
}

/** Cached names at once; the two catalogs are revalidated (ETag) when a screen that shows them opens. */
export function useCatalogNames(language: string): CatalogNames {
  // Names and topics in one transaction and one update, as the start form reads them.
  const catalogs = useLiveQuery(() => readFormCatalogs(), []);
  const { quarters, topics } = catalogs ?? {};
  useEffect(() => {
    void refreshCatalog('quarterNames');
    void refreshCatalog('topics');
  }, []);
  return useMemo(() => catalogNames(quarters ?? [], topics ?? [], language), [quarters, topics, language]);
}
