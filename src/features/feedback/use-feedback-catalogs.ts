import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { readCatalog, refreshCatalog, summariseQuarters, type QuarterSummary, type Topic } from '../../offline/catalog';
import type { QuarterCollection } from '../../shared/catalog';

export type CatalogState = 'loading' | 'ready' | 'missing';

export interface FeedbackCatalogs {
  quarters: QuarterSummary[];
  /** the polygons, for the pin map's outlines */
  collection: QuarterCollection | undefined;
  topics: Topic[];
  tiles: { url: string; attribution: string } | undefined;
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
  const mapConfig = useLiveQuery(() => readCatalog('mapConfig'), []);
  const [refreshing, setRefreshing] = useState(true);

  const retry = useCallback(() => {
    setRefreshing(true);
    // The map configuration is a bonus: the forms work without it.
    void refreshCatalog('mapConfig');
    void Promise.all([refreshCatalog('quarters'), refreshCatalog('topics')]).finally(() => setRefreshing(false));
  }, []);
  useEffect(retry, [retry]);

  const quarterList = useMemo(() => (quarters?.value ? summariseQuarters(quarters.value) : []), [quarters]);
  const tiles = useMemo(() => (mapConfig ? { url: mapConfig.tileUrl, attribution: mapConfig.tileAttribution } : undefined), [mapConfig]);
  const haveBoth = quarters?.value !== undefined && topics?.value !== undefined;
  const state: CatalogState = haveBoth ? 'ready' : refreshing || !quarters || !topics ? 'loading' : 'missing';
  return { quarters: quarterList, collection: quarters?.value, topics: topics?.value ?? [], tiles, state, retry };
}
