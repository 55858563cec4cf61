import { useLiveQuery } from '../../offline/use-live-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { readCatalog, refreshCatalog, summariseQuarters, type QuarterSummary } from '../../offline/catalog-directory';
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
  // Wrapped so "not cached" (value undefined) differs from "still reading" (row undefined).
  const centres = useLiveQuery(async () => ({ value: await readCatalog('centres') }), []);
  const opportunities = useLiveQuery(async () => ({ value: await readCatalog('opportunities') }), []);
  const quarters = useLiveQuery(async () => ({ value: await readCatalog('quarters') }), []);
  const mapConfig = useLiveQuery(async () => ({ value: await readCatalog('mapConfig') }), []);
  const userQuarterId = useLiveQuery(() => getSetting<string>(SETTING_KEYS.quarterId), []);
  const [refreshing, setRefreshing] = useState(true);

  const retry = useCallback(() => {
    setRefreshing(true);
    void Promise.all(KEYS.map((key) => refreshCatalog(key))).finally(() => setRefreshing(false));
  }, []);
  useEffect(retry, [retry]);

  return useMemo(() => {
    const quarterList = quarters?.value ? summariseQuarters(quarters.value) : [];
    const centreList = centres?.value ?? [];
    const haveLists = centres?.value !== undefined && opportunities?.value !== undefined;
    const state: DirectoryState = haveLists ? 'ready' : refreshing || !centres || !opportunities ? 'loading' : 'missing';
    return {
      state,
      centres: centreList,
      opportunities: opportunities?.value ?? [],
      quarters: quarters?.value,
      quarterList,
      quarterNames: new Map(quarterList.map((q) => [q.id, q.name])),
      centresById: new Map(centreList.map((c) => [c.id, c])),
      mapConfig: mapConfig?.value,
      userQuarterId: typeof userQuarterId === 'string' ? userQuarterId : undefined,
      retry,
    };
  }, [centres, opportunities, quarters, mapConfig, userQuarterId, refreshing, retry]);
}
