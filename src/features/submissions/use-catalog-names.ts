import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { readCatalog, summariseQuarters, type QuarterSummary, type Topic } from '../../offline/catalog';

export interface CatalogNames {
  quarters: QuarterSummary[];
  topics: Topic[];
  quarterName: (id: string) => string;
  topicLabel: (id: string) => string;
}

/** Names for ids, from the cached catalogs; an id the cache does not know is shown as it is. */
export function useCatalogNames(language: string): CatalogNames {
  const quarters = useLiveQuery(() => readCatalog('quarters'), []);
  const topics = useLiveQuery(() => readCatalog('topics'), []);
  return useMemo(() => {
    const quarterList = quarters ? summariseQuarters(quarters) : [];
    const topicList = topics ?? [];
    const quarterById = new Map(quarterList.map((q) => [q.id, q.name]));
    const topicById = new Map(topicList.map((t) => [t.id, t.label[language] ?? t.label.de]));
    return {
      quarters: quarterList,
      topics: topicList,
      quarterName: (id) => quarterById.get(id) ?? id,
      topicLabel: (id) => topicById.get(id) ?? id,
    };
  }, [quarters, topics, language]);
}
