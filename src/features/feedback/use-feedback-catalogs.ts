import { useLiveQuery } from '../../offline/use-live-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { readCatalog, readQuarterNames, refreshFormCatalogs, type QuarterSummary, type Topic } from '../../offline/catalog';

export type CatalogState = 'loading' | 'ready' | 'missing';

export interface FeedbackCatalogs {
  quarters: QuarterSummary[];
  topics: Topic[];
  tiles: { url: string; attribution: string } | undefined;
  state: CatalogState;
  retry: () => void;
}

/**
 * Cached quarter names and topics at once (they live in IndexedDB), revalidated in the background.
 * "missing" means neither the cache nor the network had them: a first visit while offline.
 * The boundaries and the map configuration follow once these are in (refreshFormCatalogs) and are never
 * waited for or read here: "Wo bin ich?" and the pin map read them when used, and they are on the device for
 * that after the first visit.
 */
const EMPTY: QuarterSummary[] = [];

export function useFeedbackCatalogs(): FeedbackCatalogs {
  // Wrapped in an object so "not cached" (value undefined) differs from "still reading" (undefined).
  const quarters = useLiveQuery(async () => ({ value: await readQuarterNames() }), []);
  const topics = useLiveQuery(async () => ({ value: await readCatalog('topics') }), []);
  const mapConfig = useLiveQuery(() => readCatalog('mapConfig'), []);
  // What the last refresh left on the device: the live queries above see a fresh copy a moment after the
  // refresh has stored it, and until then the screen is still loading, not missing its catalogs.
  const [refresh, setRefresh] = useState<'running' | 'found' | 'none'>('running');

  const retry = useCallback(() => {
    setRefresh('running');
    void refreshFormCatalogs()
      .then(() => Promise.all([readQuarterNames(), readCatalog('topics')]))
      .then(
        ([names, topicList]) => setRefresh(names !== undefined && topicList !== undefined ? 'found' : 'none'),
        () => setRefresh('none'),
      );
  }, []);
  useEffect(retry, [retry]);

  const tiles = useMemo(() => (mapConfig ? { url: mapConfig.tileUrl, attribution: mapConfig.tileAttribution } : undefined), [mapConfig]);
  const haveBoth = quarters?.value !== undefined && topics?.value !== undefined;
  const state: CatalogState = haveBoth ? 'ready' : refresh === 'none' && quarters && topics ? 'missing' : 'loading';
  return { quarters: quarters?.value ?? EMPTY, topics: topics?.value ?? [], tiles, state, retry };
}
