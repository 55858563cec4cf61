import { useLiveQuery } from '../../offline/use-live-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { readFormCatalogs, refreshFormCatalogs, type QuarterSummary, type Topic } from '../../offline/catalog';

export type CatalogState = 'loading' | 'ready' | 'missing';

export interface FeedbackCatalogs {
  quarters: QuarterSummary[];
  topics: Topic[];
  state: CatalogState;
  retry: () => void;
}

/**
 * Cached quarter names and topics at once (they live in IndexedDB), revalidated in the background.
 * "missing" means neither the cache nor the network had them: a first visit while offline.
 * The boundaries and the map configuration follow once these are in (refreshFormCatalogs) and are never
 * waited for or read here: "Wo bin ich?" and the pin map read them when used, and they are on the device for
 * that after the first visit. The result keeps its identity while nothing in it changed, so the forms that take
 * it (memoised) do not render again when only the screen around them did.
 */
const EMPTY: QuarterSummary[] = [];
const NO_TOPICS: Topic[] = [];

export function useFeedbackCatalogs(): FeedbackCatalogs {
  // One query for both (one transaction per read, and per change of either); undefined while still reading,
  // each document undefined when not cached.
  const read = useLiveQuery(() => readFormCatalogs(), []);
  // What the last refresh left on the device: the live query above sees a fresh copy a moment after the
  // refresh has stored it, and until then the screen is still loading, not missing its catalogs.
  const [refresh, setRefresh] = useState<'running' | 'found' | 'none'>('running');

  const retry = useCallback(() => {
    setRefresh('running');
    void refreshFormCatalogs()
      .then(() => readFormCatalogs())
      .then(
        ({ quarters, topics }) => setRefresh(quarters !== undefined && topics !== undefined ? 'found' : 'none'),
        () => setRefresh('none'),
      );
  }, []);
  useEffect(retry, [retry]);

  const quarters = read?.quarters ?? EMPTY;
  const topics = read?.topics ?? NO_TOPICS;
  const haveBoth = read?.quarters !== undefined && read.topics !== undefined;
  const state: CatalogState = haveBoth ? 'ready' : refresh === 'none' && read ? 'missing' : 'loading';
  return useMemo(() => ({ quarters, topics, state, retry }), [quarters, topics, state, retry]);
}
