import { liveQuery } from 'dexie';
import { dueAt, getDatabase, SETTING_KEYS } from './db';
import { onEnqueued } from './outbox';
import { BACKGROUND_SYNC_TAG } from './sync-constants';
import { createSyncEngine, type DrainOutcome, type SyncEngine } from './sync-engine';

// The page's side of syncing: when to drain (app start, back online, page visible, a new item,
// a timer while items wait, Background Sync) and what the resident sees of it.

export { BACKGROUND_SYNC_TAG };

export interface SyncStatus {
  online: boolean;
  waiting: number;
  sending: boolean;
  needsAttention: number;
  lastSyncAt?: number;
  nextAttemptAt?: number;
}

let engine: SyncEngine | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;
let draining = false;
let started = false;

/** A tab that died mid-drain leaves `sending` items behind; a live tab looks again after this long. */
const STALE_SENDING_RECHECK_MS = 5_000;

function getEngine(): SyncEngine {
  engine ??= createSyncEngine({ db: getDatabase(), fetch: (...args) => fetch(...args) });
  return engine;
}

/** Keeps one timer, at the earliest time anything is due; a later request never postpones it. */
function scheduleAt(at: number | undefined) {
  if (at === undefined) return;
  // A floor of one second keeps a clock skew or a zero backoff from spinning.
  const when = Math.max(Date.now() + 1_000, at);
  if (timer !== undefined && timerAt <= when) return;
  clearTimeout(timer);
  timerAt = when;
  timer = setTimeout(() => {
    timer = undefined;
    timerAt = Infinity;
    void drainAndSchedule();
  }, when - Date.now());
}

async function drainAndSchedule(run: (e: SyncEngine) => Promise<DrainOutcome> = (e) => e.drain()) {
  // Offline, a request can only fail and deepen the backoff; the `online` event brings us back.
  if (navigator.onLine === false) return;
  draining = true;
  try {
    const outcome = await run(getEngine());
    clearTimeout(timer);
    timer = undefined;
    timerAt = Infinity;
    scheduleAt(outcome.nextAttemptAt);
  } catch (error) {
    // IndexedDB can fail (storage evicted, private mode); the next trigger tries again.
    console.error('sync failed', error);
  } finally {
    draining = false;
  }
}

/**
 * Watches the outbox so this tab never just waits: items another tab queued, and items a closed tab
 * left in `sending`, get a drain of their own. The drain waits for the lock while a live tab sends.
 */
function watchOutbox() {
  const db = getDatabase();
  liveQuery(() => db.outbox.where('state').anyOf('queued', 'sending').toArray()).subscribe({
    next: (records) => {
      if (draining || records.length === 0) return;
      const sending = records.some((r) => r.state === 'sending');
      const at = Date.now();
      const due = Math.min(...records.filter((r) => r.state === 'queued').map((r) => dueAt(r, at)));
      scheduleAt(sending ? Math.min(due, Date.now() + STALE_SENDING_RECHECK_MS) : due);
    },
    error: (error: unknown) => console.error('outbox watch failed', error),
  });
}

async function requestBackgroundSync() {
  try {
    const registration = await navigator.serviceWorker?.ready;
    const sync = (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
      ?.sync;
    await sync?.register(BACKGROUND_SYNC_TAG);
  } catch {
    // Background Sync is a bonus where the browser has it; the page's own triggers still run.
  }
}

async function requestPersistenceOnce() {
  const db = getDatabase();
  if (await db.settings.get(SETTING_KEYS.persistRequested)) return;
  await db.settings.put({ key: SETTING_KEYS.persistRequested, value: true });
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Refusal is fine: the browser then keeps the data "best effort".
  }
}

/** Idempotent; call once from the app's entry point. */
export function startSync(): void {
  if (started) return;
  started = true;
  const drain = () => void drainAndSchedule();
  // Back online: waiting for a backoff that only grew because we were offline would look broken.
  window.addEventListener('online', () => void drainAndSchedule((e) => e.resumeAfterOffline()));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') drain();
  });
  onEnqueued(() => {
    drain();
    void requestBackgroundSync();
    void requestPersistenceOnce();
  });
  watchOutbox();
  drain();
}

/** The resident pressed "send now": waiting items skip their backoff. */
export function syncNow(): Promise<void> {
  return drainAndSchedule((e) => e.sendNow());
}

export function subscribeSyncStatus(callback: (status: SyncStatus) => void): () => void {
  const db = getDatabase();
  let online = navigator.onLine;
  let latest: Omit<SyncStatus, 'online'> = { waiting: 0, sending: false, needsAttention: 0 };
  const emit = () => callback({ online, ...latest });
  const subscription = liveQuery(async () => {
    const records = await db.outbox.toArray();
    const last = await db.settings.get(SETTING_KEYS.lastSyncAt);
    const queued = records.filter((r) => r.state !== 'needs_attention');
    const at = Date.now();
    const next = queued.length ? Math.min(...queued.map((r) => dueAt(r, at))) : undefined;
    return {
      waiting: queued.length,
      sending: records.some((r) => r.state === 'sending'),
      needsAttention: records.length - queued.length,
      ...(typeof last?.value === 'number' ? { lastSyncAt: last.value } : {}),
      ...(next !== undefined && next > 0 ? { nextAttemptAt: next } : {}),
    };
  }).subscribe({
    next: (value) => {
      latest = value;
      emit();
    },
    error: (error: unknown) => console.error('sync status failed', error),
  });
  const setOnline = () => {
    online = navigator.onLine;
    emit();
  };
  window.addEventListener('online', setOnline);
  window.addEventListener('offline', setOnline);
  emit();
  return () => {
    subscription.unsubscribe();
    window.removeEventListener('online', setOnline);
    window.removeEventListener('offline', setOnline);
  };
}
