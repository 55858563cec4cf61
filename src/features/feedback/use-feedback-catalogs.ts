import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { readCatalog, refreshCatalog, summariseQuarters, type QuarterSummary, type Topic } from '../../offline/catalog';

export type CatalogState = 'loading' | 'ready' | 'missing';

export interface FeedbackCatalogs {
  quarters: QuarterSummary[];
  topics: Topic[];
  state: CatalogState;
  retry: () => void;
}

/**
 * Cached quarters and topics at once (they live in IndexedDB), revalidated in the background.
 * "missing" means neither the cache nor the network had them: a first visit while offline.
 */
export function useFeedbackCatalogs(): FeedbackCatalogs {
  // Wrapped in an object so "not cached" (value undefined) differs from "still reading" (undefined).
  const quarters = useLiveQuery(async () => ({ value: await readCatalog('quarters') }), []);
  const topics = useLiveQuery(async () => ({ value: await readCatalog('topics') }), []);
  const [refreshing, setRefreshing] = useState(true);

  const retry = useCallback(() => {
    setRefreshing(true);
    void Promise.all([refreshCatalog('quarters'), refreshCatalog('topics')]).finally(() => setRefreshing(false));
  }, []);
  useEffect(retry, [retry]);

  const quarterList = useMemo(() => (quarters?.value ? summariseQuarters(quarters.value) : []), [quarters]);
  const haveBoth = quarters?.value !== undefined && topics?.value !== undefined;
  const state: CatalogState = haveBoth ? 'ready' : refreshing || !quarters || !topics ? 'loading' : 'missing';
  return { quarters: quarterList, topics: topics?.value ?? [], state, retry };
}
