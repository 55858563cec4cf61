import { batchResponseSchema, type ItemResult } from '../shared/submission';
import { apiErrorBodySchema, type ApiError } from '../shared/api-error';
import { LIMITS } from '../shared/limits';
import Dexie from 'dexie';
import { dueAt, SETTING_KEYS, type MineRecord, type OutboxRecord, type QsDatabase } from './db';
import { backoffDelay } from './backoff';
import { parseRetryAfter } from './http';
import { defaultLock, type LockRunner } from './locks';

/*
 * The one drain function (DESIGN §4), shared by the page and the service worker. An item leaves the
 * outbox only in the transaction that records the server's receipt for it; everything else — lost
 * answers, timeouts, 5xx, 429, a crash between request and answer — leaves it queued, and re-sending
 * it is safe because the server answers a known id with `duplicate` and the first receipt.
 */

export const SUBMISSIONS_PATH = '/api/v1/submissions';
export const MEDIA_PATH = '/api/v1/media/';
export const DRAIN_LOCK = 'quartiersstimme-outbox-drain';

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

export interface DrainOutcome {
  delivered: number;
  rejected: number;
  /** Items still queued after this drain. */
  waiting: number;
  /** The earliest time a waiting item may be sent again, when something waits. */
  nextAttemptAt?: number;
  /** The engine's clock when `nextAttemptAt` was worked out: the wait is the difference. */
  checkedAt?: number;
  /** The last transient problem, e.g. `offline`, `timeout`, `http_503`. */
  problem?: string;
}

type Transient = { kind: 'transient'; problem: string; retryAfterMs: number };
type Refused = { kind: 'refused'; error: ApiError; status: number };
type Reply = { kind: 'ok'; body: unknown } | Transient | Refused;
type Attempt = { kind: 'answered'; results: ItemResult[] } | Transient | Refused;

export function createSyncEngine(options: SyncEngineOptions) {
  const { db } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const lock = options.lock ?? defaultLock();
  const maxItems = options.maxItems ?? LIMITS.batchMaxItems;
  // Leave room for the envelope `{"items":[…]}` under the server's body limit.
  const maxBytes = options.maxBytes ?? LIMITS.batchMaxBytes - 1024;
  const url = `${options.baseUrl ?? ''}${SUBMISSIONS_PATH}`;
  const mediaUrl = `${options.baseUrl ?? ''}${MEDIA_PATH}`;

  /** One request with a deadline, classified the way the engine acts on it. */
  async function send(target: string, init: RequestInit): Promise<Reply> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await options.fetch(target, { ...init, signal: controller.signal });
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
      if (response.status === 429 || response.status >= 500) {
        return { kind: 'transient', problem: `http_${response.status}`, retryAfterMs };
      }
      const body: unknown = await response.json().catch(() => undefined);
      if (response.ok) return { kind: 'ok', body };
      const error = apiErrorBodySchema.safeParse(body);
      // Only our server's JSON error is a verdict on the item; anything else (a proxy's page) is passing.
      if (response.status >= 400 && response.status < 500 && error.success) {
        return { kind: 'refused', error: error.data.error, status: response.status };
      }
      return { kind: 'transient', problem: `http_${response.status}`, retryAfterMs };
    } catch {
      const problem = controller.signal.aborted ? 'timeout' : 'offline';
      return { kind: 'transient', problem, retryAfterMs: 0 };
    } finally {
      clearTimeout(timer);
    }
  }

  async function post(records: OutboxRecord[]): Promise<Attempt> {
    const reply = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ items: records.map((r) => r.item) }),
    });
    if (reply.kind !== 'ok') return reply;
    const parsed = batchResponseSchema.safeParse(reply.body);
    if (parsed.success) return { kind: 'answered', results: parsed.data.results };
    // Something between us and our server answered 200 (a captive portal): try again later.
    return { kind: 'transient', problem: 'bad_answer', retryAfterMs: 0 };
  }

  /**
   * Photos go first (DESIGN §4), each PUT is idempotent on the server. Returns the records that may
   * be posted now; a record with a refused photo needs attention, a transient failure stops the batch.
   */
  async function uploadMedia(
    batch: OutboxRecord[],
  ): Promise<{ ready: OutboxRecord[]; refused: Set<string>; transient?: Transient }> {
    const ready: OutboxRecord[] = [];
    const refusedIds = new Set<string>();
    for (const record of batch) {
      const media = record.media ?? [];
      let refused: ApiError | undefined;
      for (const photo of media) {
        if (photo.uploaded) continue;
        const reply = await send(`${mediaUrl}${photo.id}`, {
          method: 'PUT',
          headers: { 'content-type': photo.type },
          body: photo.blob,
        });
        if (reply.kind === 'transient') return { ready, refused: refusedIds, transient: reply };
        if (reply.kind === 'refused') {
          refused = reply.error;
          break;
        }
        photo.uploaded = true;
        await db.outbox.update(record.id, { media });
      }
      if (refused) {
        await refuse([record], refused);
        refusedIds.add(record.id);
      } else ready.push(record);
    }
    return { ready, refused: refusedIds };
  }

  function pickBatch(due: OutboxRecord[], limit: number): OutboxRecord[] {
    const batch: OutboxRecord[] = [];
    let bytes = 0;
    for (const record of due) {
      const size = JSON.stringify(record.item).length + 1;
      if (batch.length > 0 && (batch.length >= limit || bytes + size > maxBytes)) break;
      batch.push(record);
      bytes += size;
    }
    return batch;
  }

  async function recordAnswer(batch: OutboxRecord[], results: ItemResult[]) {
    const byId = new Map(results.map((r) => [r.id, r]));
    const delivered: MineRecord[] = [];
    const rejected: { key: string; changes: Partial<OutboxRecord> }[] = [];
    const unanswered: OutboxRecord[] = [];
    const at = now();
    for (const record of batch) {
      const result = byId.get(record.id);
      if (result && result.status !== 'rejected' && result.receipt) {
        delivered.push({ id: record.id, item: record.item, kind: record.item.kind, receipt: result.receipt, deliveredAt: at });
      } else if (result?.status === 'rejected') {
        const error = result.error ?? { code: 'validation', message: 'Rejected' };
        rejected.push({ key: record.id, changes: { state: 'needs_attention', error } });
      } else {
        unanswered.push(record);
      }
    }
    // One transaction: an item is in `mine` with its receipt, or still in the outbox — never neither.
    await db.transaction('rw', db.outbox, db.mine, db.settings, async () => {
      await db.mine.bulkPut(delivered);
      await db.outbox.bulkDelete(delivered.map((r) => r.id));
      if (rejected.length) await db.outbox.bulkUpdate(rejected);
      await db.settings.put({ key: SETTING_KEYS.lastSyncAt, value: at });
    });
    return { delivered: delivered.length, rejected: rejected.length, unanswered };
  }

  async function postpone(batch: OutboxRecord[], problem: string, retryAfterMs: number) {
    const at = now();
    // One jitter draw for the whole batch: items that failed together (same attempt count) come
    // back together as one request, not as a trickle of small ones.
    const draw = random();
    await db.outbox.bulkUpdate(
      batch.map((record) => ({
        key: record.id,
        changes: {
          state: 'queued' as const,
          attempts: record.attempts + 1,
          nextAttemptAt: at + backoffDelay(record.attempts + 1, () => draw, retryAfterMs),
          lastAttemptAt: at,
          lastProblem: problem,
        },
      })),
    );
  }

  async function refuse(batch: OutboxRecord[], error: ApiError) {
    await db.transaction('rw', db.outbox, async () => {
      for (const record of batch) await db.outbox.update(record.id, { state: 'needs_attention', error });
    });
  }

  /**
   * Picks the next batch in sending order and marks it `sending`, in one transaction so nothing can
   * change the records between the read and the write.
   */
  function takeBatch(limit: number): Promise<OutboxRecord[]> {
    return db.transaction('rw', db.outbox, async () => {
      const at = now();
      const isDue = (r: OutboxRecord) => dueAt(r, at) <= at;
      const queued = () => db.outbox.where('[state+queuedAt]').between(['queued', Dexie.minKey], ['queued', Dexie.maxKey]);
      // The usual case reads one index range in a single getAll; only when items that still wait
      // fill the window does it walk the index with a cursor to find the due ones behind them.
      const head = await queued().limit(limit).toArray();
      let due = head.filter(isDue);
      if (due.length < head.length && head.length === limit) due = await queued().filter(isDue).limit(limit).toArray();
      const picked = pickBatch(due, limit);
      await db.outbox.bulkPut(picked.map((r) => ({ ...r, state: 'sending' as const })));
      return picked;
    });
  }

  /** Returns picked records to the queue untouched: they were not sent, so no attempt counts. */
  async function release(records: OutboxRecord[]) {
    if (records.length === 0) return;
    await db.outbox.bulkUpdate(records.map((r) => ({ key: r.id, changes: { state: 'queued' as const } })));
  }

  async function drainLocked(): Promise<DrainOutcome> {
    // Inside the lock nobody else is sending, so a `sending` item is a leftover of a drain that died
    // (tab closed, worker stopped) before it heard back: it is queued again, never dropped.
    await db.outbox.where('state').equals('sending').modify({ state: 'queued' });
    const tally: { delivered: number; rejected: number; problem?: string } = { delivered: 0, rejected: 0 };
    let limit = maxItems;
    // Pipelined: the next batch is picked while this one is on the wire, and an answer is recorded
    // while the next batch is on the wire, so the IndexedDB work hides behind the network instead of
    // adding to it. Answers are still recorded one after the other, in order.
    let recording: Promise<void> = Promise.resolve();
    // IndexedDB failing while an answer is recorded stops the drain: sending more whose answers
    // could not be kept would only make the server answer `duplicate` later.
    let recordError: { error: unknown } | undefined;
    const record = (batch: OutboxRecord[], results: ItemResult[]) => {
      recording = recording
        .then(async () => {
          if (recordError) return;
          const counts = await recordAnswer(batch, results);
          tally.delivered += counts.delivered;
          tally.rejected += counts.rejected;
          if (counts.unanswered.length > 0) {
            // An answer without a result for some items is not a confirmation: they wait and go again.
            tally.problem = 'incomplete_answer';
            await postpone(counts.unanswered, tally.problem, 0);
          }
        })
        .catch((error: unknown) => {
          recordError ??= { error };
        });
    };
    let picked: OutboxRecord[] = [];
    try {
      picked = await takeBatch(limit);
      while (picked.length > 0 && !recordError) {
        const uploads = await uploadMedia(picked);
        if (uploads.transient) {
          tally.problem = uploads.transient.problem;
          await postpone(
            picked.filter((r) => !uploads.refused.has(r.id)),
            tally.problem,
            uploads.transient.retryAfterMs,
          );
          break;
        }
        tally.rejected += uploads.refused.size;
        const batch = uploads.ready;
        if (batch.length === 0) {
          picked = await takeBatch(limit);
          continue;
        }
        const [attempt, following] = await Promise.all([post(batch), takeBatch(limit)]);
        picked = following;
        if (attempt.kind === 'answered') {
          record(batch, attempt.results);
          continue;
        }
        // Anything but an answer changes the plan: the batch picked meanwhile goes back unsent.
        await release(following);
        picked = [];
        if (attempt.kind === 'transient') {
          tally.problem = attempt.problem;
          await postpone(batch, attempt.problem, attempt.retryAfterMs);
          break;
        } else if (attempt.status === 413 && batch.length > 1) {
          // Our size estimate was off for this batch: halve it and go on, nothing is marked failed.
          limit = Math.max(1, Math.floor(batch.length / 2));
          await release(batch);
        } else if (batch.length > 1) {
          // The server refused the envelope; send one at a time so only the bad item is marked.
          limit = 1;
          await release(batch);
        } else {
          await refuse(batch, attempt.error);
          tally.rejected += batch.length;
        }
        picked = await takeBatch(limit);
      }
    } catch (error) {
      // Whatever was picked stays `sending`; the next drain queues it again. Answers already
      // received are still recorded first.
      await recording;
      throw error;
    }
    await recording;
    if (recordError) {
      await release(picked).catch(() => undefined);
      throw recordError.error;
    }
    const { delivered, rejected, problem } = tally;
    const waiting = await db.outbox.where('state').anyOf('queued', 'sending').toArray();
    const end = now();
    const next = waiting.length ? Math.min(...waiting.map((r) => dueAt(r, end))) : undefined;
    return {
      delivered,
      rejected,
      waiting: waiting.length,
      ...(next !== undefined ? { nextAttemptAt: next, checkedAt: end } : {}),
      ...(problem ? { problem } : {}),
    };
  }

  return {
    drain: (): Promise<DrainOutcome> => lock(DRAIN_LOCK, drainLocked),
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
      return lock(DRAIN_LOCK, drainLocked);
    },
    /** "Send now": the resident asked, so waiting items skip their backoff once. */
    async sendNow(): Promise<DrainOutcome> {
      await db.outbox.where('state').equals('queued').modify({ nextAttemptAt: 0 });
      return lock(DRAIN_LOCK, drainLocked);
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
