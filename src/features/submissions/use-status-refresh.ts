import { useCallback, useEffect, useState } from 'react';
import { refreshMyStatuses, type StatusRefresh } from '../../offline/my-status';

// Fetching the server status of delivered items: on app start (from the tab badge), when the
// connection returns, when "Meine Beiträge" opens, and on pull-to-refresh. Shared in-flight promise
// so several triggers at once cause one round of requests.

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

/** For the screen: a manual refresh with its outcome, for "offline – showing the last known status". */
export function useStatusRefresh() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<StatusRefresh>();
  const refresh = useCallback(async (force = true) => {
    const pending = refreshStatusesOnce(force);
    if (!pending) return;
    setBusy(true);
    try {
      setOutcome(await pending);
    } catch {
      setOutcome({ updated: 0, offline: false, failed: 1, requeued: 0 });
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, outcome, refresh };
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
