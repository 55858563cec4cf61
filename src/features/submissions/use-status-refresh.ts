import { useCallback, useEffect, useState } from 'react';
import { isFollowed, refreshMyStatuses, type StatusRefresh } from '../../offline/my-status';
import type { MyItemView } from '../../offline/outbox';

// Fetching the server status of delivered items: on app start (from the tab badge), when the
// connection returns, on every visit of "Meine Beiträge", for delivered items it has no status of yet, and
// on pull-to-refresh. Shared in-flight promise so several triggers at once cause one round of requests.

let running: Promise<StatusRefresh> | undefined;
let lastRun = 0;
const MIN_GAP_MS = 30_000;

export function refreshStatusesOnce(force = false): Promise<StatusRefresh> | undefined {
  if (running) return running;
  if (!force && Date.now() - lastRun < MIN_GAP_MS) return undefined;
  lastRun = Date.now();
  running = refreshMyStatuses().finally(() => {
    running = undefined;
  });
  return running;
}

/**
 * The status of these items only, past the throttle: they were delivered after the last round (the app start's
 * round ran before they existed and holds the next one back for MIN_GAP_MS). A round still running may have
 * read the items before these arrived, so this one follows it instead of sharing it.
 */
export function refreshMissingStatuses(ids: readonly string[]): Promise<StatusRefresh> {
  const previous = running ?? Promise.resolve(undefined);
  const mine: Promise<StatusRefresh> = previous
    .catch(() => undefined)
    .then(() => refreshMyStatuses({ ids }))
    .finally(() => {
      if (running === mine) running = undefined;
    });
  running = mine;
  return mine;
}

/** Delivered items that can get a status or an answer but have none fetched yet, as one key (ids in order). */
export function missingStatusKey(items: readonly Pick<MyItemView, 'id' | 'state' | 'item' | 'server'>[]): string {
  return items
    .filter((view) => view.state === 'delivered' && view.server === undefined && isFollowed(view))
    .map((view) => view.id)
    .sort()
    .join(' ');
}

/**
 * What the screen says after a round. A background round (the missing statuses) with nothing to say keeps a
 * "sent again" notice: the item it announced comes back delivered and without a status, which starts exactly
 * such a round moments later — and that must not wipe the notice before the resident has read it. Anything else
 * replaces the last outcome, so an "offline" that is over goes.
 */
export function outcomeAfter(previous: StatusRefresh | undefined, result: StatusRefresh, background: boolean): StatusRefresh {
  const saysSomething = result.offline || result.requeued > 0 || result.failed > 0;
  return background && !saysSomething && previous && previous.requeued > 0 ? previous : result;
}

/** For the screen: a manual refresh with its outcome, for "offline – showing the last known status". */
export function useStatusRefresh() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<StatusRefresh>();
  const follow = useCallback(async (pending: Promise<StatusRefresh> | undefined, background: boolean) => {
    if (!pending) return;
    setBusy(true);
    try {
      const result = await pending;
      setOutcome((previous) => outcomeAfter(previous, result, background));
    } catch {
      setOutcome({ updated: 0, offline: false, failed: 1, requeued: 0 });
    } finally {
      setBusy(false);
    }
  }, []);
  const refresh = useCallback((force = true) => follow(refreshStatusesOnce(force), false), [follow]);
  const fetchMissing = useCallback((ids: readonly string[]) => follow(refreshMissingStatuses(ids), true), [follow]);
  return { busy, outcome, refresh, fetchMissing };
}

/** App-wide triggers: start and reconnect. */
export function useBackgroundStatusRefresh(): void {
  useEffect(() => {
    void refreshStatusesOnce(true)?.catch(() => undefined);
    const online = () => void refreshStatusesOnce(true)?.catch(() => undefined);
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);
}
