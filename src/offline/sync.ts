import { liveQuery } from 'dexie';
import { getDatabase, SETTING_KEYS } from './db';
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
let started = false;

function getEngine(): SyncEngine {
  engine ??= createSyncEngine({ db: getDatabase(), fetch: (...args) => fetch(...args) });
  return engine;
}

function schedule(outcome: DrainOutcome) {
  clearTimeout(timer);
  timer = undefined;
  if (outcome.nextAttemptAt === undefined) return;
  // A floor of one second keeps a clock skew or a zero backoff from spinning.
  const delay = Math.max(1_000, outcome.nextAttemptAt - Date.now());
  timer = setTimeout(() => void drainAndSchedule(), delay);
}

async function drainAndSchedule(run: (e: SyncEngine) => Promise<DrainOutcome> = (e) => e.drain()) {
  try {
    schedule(await run(getEngine()));
  } catch (error) {
    // IndexedDB can fail (storage evicted, private mode); the next trigger tries again.
    console.error('sync failed', error);
  }
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
  window.addEventListener('online', drain);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') drain();
  });
  onEnqueued(() => {
    drain();
    void requestBackgroundSync();
    void requestPersistenceOnce();
  });
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
    const next = queued.length ? Math.min(...queued.map((r) => r.nextAttemptAt)) : undefined;
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
