import { LIMITS } from '../shared/limits';
import type { QsDatabase } from './db';
import { drainOutbox } from './drain-outbox';
import { defaultLock, type LockRunner } from './locks';
import type { DrainOutcome, EngineContext } from './sync-context';
import { sendNowAt } from './schedule-retry';
import { DRAIN_LOCK } from './sync-constants';
import { createSend } from './sync-request';

/*
 * The one drain function (DESIGN §4), shared by the page and the service worker. An item leaves the
 * outbox only in the transaction that records the server's receipt for it; everything else — lost
 * answers, timeouts, 5xx, 429, a crash between request and answer — leaves it queued, and re-sending
 * it is safe because the server answers a known id with `duplicate` and the first receipt.
 * The parts live in files of their own; sync-context.ts lists them.
 */

export const SUBMISSIONS_PATH = '/api/v1/submissions';
export const MEDIA_PATH = '/api/v1/media/';
export { DRAIN_LOCK };

export type { DrainOutcome };

export interface SyncEngineOptions {
  db: QsDatabase;
  fetch: typeof fetch;
  /** '' for same-origin (page and service worker); tests pass the server's URL. */
  baseUrl?: string;
  now?: () => number;
  random?: () => number;
  /** A request that has not answered after this long is aborted and retried later. */
  timeoutMs?: number;
  lock?: LockRunner;
  maxItems?: number;
  maxBytes?: number;
}

export function createSyncEngine(options: SyncEngineOptions) {
  const { db } = options;
  const now = options.now ?? Date.now;
  const lock = options.lock ?? defaultLock();
  const ctx: EngineContext = {
    db,
    now,
    random: options.random ?? Math.random,
    send: createSend(options.fetch, options.timeoutMs ?? 20_000, now),
    maxItems: options.maxItems ?? LIMITS.batchMaxItems,
    // Leave room for the envelope `{"items":[…]}` under the server's body limit.
    maxBytes: options.maxBytes ?? LIMITS.batchMaxBytes - 1024,
    submissionsUrl: `${options.baseUrl ?? ''}${SUBMISSIONS_PATH}`,
    mediaUrl: `${options.baseUrl ?? ''}${MEDIA_PATH}`,
  };
  const drain = (): Promise<DrainOutcome> => lock(DRAIN_LOCK, () => drainOutbox(ctx));

  return {
    drain,
    /**
     * The connection is back: items that waited because the network failed go now; items a server
     * asked to wait (429/503 with Retry-After) keep their time.
     */
    async resumeAfterOffline(): Promise<DrainOutcome> {
      await db.outbox
        .where('state')
        .equals('queued')
        .filter((r) => r.lastProblem === 'offline' || r.lastProblem === 'timeout')
        .modify({ nextAttemptAt: 0 });
      return drain();
    },
    /**
     * "Send now": the resident asked, so waiting items skip their backoff once — but not the pause a
     * server asked for with Retry-After (429/503): sending before it ends only adds to its load. The
     * drain's outcome then names that time, and the page's timer sends at it.
     */
    async sendNow(): Promise<DrainOutcome> {
      const at = now();
      await db.outbox
        .where('state')
        .equals('queued')
        .modify((record) => {
          record.nextAttemptAt = sendNowAt(record, at);
        });
      return drain();
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
