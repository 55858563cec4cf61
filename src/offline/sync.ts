import { liveQuery } from 'dexie';
import { timerDelay } from './backoff';
import { dueAt, getDatabase, SETTING_KEYS, type OutboxRecord, type QsDatabase } from './db';
import { onEnqueued } from './outbox';
import { BACKGROUND_SYNC_TAG } from './sync-constants';
import type { DrainOutcome, SyncEngine } from './sync-engine';

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

let engine: Promise<SyncEngine> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;
let draining = false;
let started = false;

/** A tab that died mid-drain leaves `sending` items behind; a live tab looks again after this long. */
const STALE_SENDING_RECHECK_MS = 5_000;

/**
 * The engine's code loads with the first drain (right after the first paint), not with the start page.
 * A failed load (offline in the first seconds of a first visit) is forgotten, so the next trigger asks again.
 */
function getEngine(): Promise<SyncEngine> {
  engine ??= import('./sync-engine').then(
    ({ createSyncEngine }) => createSyncEngine({ db: getDatabase(), fetch: (...args) => fetch(...args) }),
    (error: unknown) => {
      engine = undefined;
      throw error;
    },
  );
  return engine;
}

/**
 * Keeps one timer, at the earliest time anything is due; a later request never postpones it.
 * `reference` is the clock reading `at` was worked out against (see timerDelay).
 */
function scheduleAt(at: number | undefined, reference = Date.now()) {
  if (at === undefined) return;
  const now = Date.now();
  const when = now + timerDelay(at, reference);
  if (timer !== undefined && timerAt <= when) return;
  clearTimeout(timer);
  timerAt = when;
  timer = setTimeout(() => {
    timer = undefined;
    timerAt = Infinity;
    void drainAndSchedule();
  }, when - now);
}

async function drainAndSchedule(run: (e: SyncEngine) => Promise<DrainOutcome> = (e) => e.drain()) {
  // Offline, a request can only fail and deepen the backoff; the `online` event brings us back.
  if (navigator.onLine === false) return;
  draining = true;
  try {
    const outcome = await run(await getEngine());
    clearTimeout(timer);
    timer = undefined;
    timerAt = Infinity;
    scheduleAt(outcome.nextAttemptAt, outcome.checkedAt);
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
  liveQuery(() => summarizeOutbox(db)).subscribe({
    next: (summary) => {
      if (draining || summary.queued + summary.sending === 0) return;
      const due = summary.nextDueAt ?? Infinity;
      scheduleAt(summary.sending > 0 ? Math.min(due, summary.checkedAt + STALE_SENDING_RECHECK_MS) : due, summary.checkedAt);
    },
    error: (error: unknown) => console.error('outbox watch failed', error),
  });
}

/**
 * Counts by the state index and finds the earliest waiting item by the nextAttemptAt index, so a
 * change to a large outbox (1,000 items written offline) does not read every record again. One transaction
 * for all of it: it runs again on every change to the outbox, four times on a first visit.
 */
function summarizeOutbox(db: QsDatabase) {
  return db.transaction('r', db.outbox, async () => {
    const count = (state: OutboxRecord['state']) => db.outbox.where('state').equals(state).count();
    const [queued, sending, needsAttention] = await Promise.all([count('queued'), count('sending'), count('needs_attention')]);
    const first = queued > 0 ? await db.outbox.orderBy('nextAttemptAt').filter((r) => r.state === 'queued').first() : undefined;
    const checkedAt = Date.now();
    return { queued, sending, needsAttention, nextDueAt: first ? dueAt(first, checkedAt) : undefined, checkedAt };
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
    const summary = await summarizeOutbox(db);
    const last = await db.settings.get(SETTING_KEYS.lastSyncAt);
    const next = summary.nextDueAt;
    return {
      waiting: summary.queued + summary.sending,
      sending: summary.sending > 0,
      needsAttention: summary.needsAttention,
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
