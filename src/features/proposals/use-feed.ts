import { useLiveQuery } from '../../offline/use-live-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadMoreFeed, readFeed, refreshFeed, type CachedFeed, type FeedRefresh } from '../../offline/feed';
import { getSetting, setSetting, SETTING_KEYS } from '../../offline/outbox';
import { mySupports, type MySupport } from '../../offline/supports';
import type { FeedSort } from '../../shared/feed';
import { onReturn } from './refresh-triggers';

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
 * server whenever the quarter or the sort changes, the connection returns or the page becomes
 * visible again (and on pull-to-refresh), so "offline" never lingers under an "Online" bar.
 */
export function useFeed(sort: FeedSort): FeedState {
  const stored = useLiveQuery(async () => ({ value: await getSetting<unknown>(SETTING_KEYS.quarterId) }), []);
  const quarterId = stored === undefined ? undefined : typeof stored.value === 'string' ? stored.value : '';
  const feed = useLiveQuery(async () => (quarterId ? ((await readFeed(quarterId, sort)) ?? null) : null), [quarterId, sort]);
  const supports = useLiveQuery(() => mySupports(), []) ?? new Map<string, MySupport>();
  const [refreshing, setRefreshing] = useState(false);
  const [lastRefresh, setLastRefresh] = useState<FeedRefresh>();
  // Several triggers can fire together (view enter, visible, online): one request per quarter and sort at a time.
  const inFlight = useRef<string>(undefined);

  const refresh = useCallback(async () => {
    if (!quarterId) return;
    const key = `${quarterId}:${sort}`;
    if (inFlight.current === key) return;
    inFlight.current = key;
    setRefreshing(true);
    try {
      setLastRefresh(await refreshFeed(quarterId, sort));
    } finally {
      if (inFlight.current === key) inFlight.current = undefined;
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

  useEffect(() => onReturn(() => void refresh()), [refresh]);

  const chooseQuarter = useCallback((id: string) => {
    void setSetting(SETTING_KEYS.quarterId, id);
  }, []);

  return { quarterId, chooseQuarter, feed, supports, refreshing, lastRefresh, refresh, loadMore };
}
