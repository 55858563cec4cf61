import { useLiveQuery } from '../../offline/use-live-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { readCatalogs, refreshCatalog, summariseQuarters, type QuarterSummary } from '../../offline/catalog-directory';
import { getSetting, SETTING_KEYS } from '../../offline/outbox';
import type { QuarterCollection } from '../../shared/catalog';
import type { Centre, ClientConfig, Opportunity } from '../../shared/directory';

// The directory as the device has it: read from the IndexedDB catalog (so it works offline after
// one visit) and revalidated with ETags in the background whenever the tab is opened.

const KEYS = ['centres', 'opportunities', 'quarters', 'mapConfig'] as const;

export type DirectoryState = 'loading' | 'ready' | 'missing';

export interface Directory {
  state: DirectoryState;
  centres: Centre[];
  opportunities: Opportunity[];
  quarters: QuarterCollection | undefined;
  quarterList: QuarterSummary[];
  quarterNames: ReadonlyMap<string, string>;
  centresById: ReadonlyMap<string, Centre>;
  mapConfig: ClientConfig | undefined;
  /** The quarter the resident chose (Mitmachen / settings), if any. */
  userQuarterId: string | undefined;
  retry: () => void;
}

export function useDirectory(): Directory {
  // The four documents in one IndexedDB transaction and one React update (a change to any of them reads all four
  // again; the unchanged ones come back as the same objects, so the lists built from them below stay). `catalogs`
  // undefined means still reading; a document undefined in it means not cached.
  const catalogs = useLiveQuery(() => readCatalogs(KEYS), []);
  const userQuarterId = useLiveQuery(() => getSetting<string>(SETTING_KEYS.quarterId), []);
  const [refreshing, setRefreshing] = useState(true);

  const retry = useCallback(() => {
    setRefreshing(true);
    void Promise.all(KEYS.map((key) => refreshCatalog(key))).finally(() => setRefreshing(false));
  }, []);
  useEffect(retry, [retry]);

  const quarters = catalogs?.quarters;
  const quarterList = useMemo(() => (quarters ? summariseQuarters(quarters) : []), [quarters]);
  return useMemo(() => {
    const centreList = catalogs?.centres ?? [];
    const haveLists = catalogs?.centres !== undefined && catalogs.opportunities !== undefined;
    const state: DirectoryState = haveLists ? 'ready' : refreshing || !catalogs ? 'loading' : 'missing';
    return {
      state,
      centres: centreList,
      opportunities: catalogs?.opportunities ?? [],
      quarters,
      quarterList,
      quarterNames: new Map(quarterList.map((q) => [q.id, q.name])),
      centresById: new Map(centreList.map((c) => [c.id, c])),
      mapConfig: catalogs?.mapConfig,
      userQuarterId: typeof userQuarterId === 'string' ? userQuarterId : undefined,
      retry,
    };
  }, [catalogs, quarters, quarterList, userQuarterId, refreshing, retry]);
}
