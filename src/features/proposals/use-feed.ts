import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { loadMoreFeed, readFeed, refreshFeed, type CachedFeed, type FeedRefresh } from '../../offline/feed';
import { getSetting, setSetting, SETTING_KEYS } from '../../offline/outbox';
import { mySupports, type MySupport } from '../../offline/supports';
import type { FeedSort } from '../../shared/feed';

export interface FeedState {
  /** undefined while reading, '' when the resident has not chosen a quarter yet */
  quarterId: string | undefined;
  chooseQuarter: (quarterId: string) => void;
  /** the cached feed (undefined: not read yet; null: nothing cached for this quarter and sort) */
  feed: CachedFeed | null | undefined;
  supports: Map<string, MySupport>;
  refreshing: boolean;
  /** the last refresh's outcome; 'offline'/'error' means what is shown comes from the cache */
  lastRefresh: FeedRefresh | undefined;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
}

/**
 * The feed of the remembered quarter, read live from the device cache and refreshed from the
 * server whenever the quarter or the sort changes (and on pull-to-refresh).
 */
export function useFeed(sort: FeedSort): FeedState {
  const stored = useLiveQuery(async () => ({ value: await getSetting<unknown>(SETTING_KEYS.quarterId) }), []);
  const quarterId = stored === undefined ? undefined : typeof stored.value === 'string' ? stored.value : '';
  const feed = useLiveQuery(async () => (quarterId ? ((await readFeed(quarterId, sort)) ?? null) : null), [quarterId, sort]);
  const supports = useLiveQuery(() => mySupports(), []) ?? new Map<string, MySupport>();
  const [refreshing, setRefreshing] = useState(false);
  const [lastRefresh, setLastRefresh] = useState<FeedRefresh>();

  const refresh = useCallback(async () => {
    if (!quarterId) return;
    setRefreshing(true);
    try {
      setLastRefresh(await refreshFeed(quarterId, sort));
    } finally {
      setRefreshing(false);
    }
  }, [quarterId, sort]);

  const loadMore = useCallback(async () => {
    if (!quarterId) return;
    setRefreshing(true);
    try {
      setLastRefresh(await loadMoreFeed(quarterId, sort));
    } finally {
      setRefreshing(false);
    }
  }, [quarterId, sort]);

  useEffect(() => {
    setLastRefresh(undefined);
    void refresh();
  }, [refresh]);

  const chooseQuarter = useCallback((id: string) => {
    void setSetting(SETTING_KEYS.quarterId, id);
  }, []);

  return { quarterId, chooseQuarter, feed, supports, refreshing, lastRefresh, refresh, loadMore };
}
