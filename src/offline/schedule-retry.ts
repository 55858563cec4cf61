import { backoffDelay } from './backoff';
import { dueAt, type OutboxRecord } from './db';
import type { DrainOutcome, EngineContext, Tally } from './sync-context';

/** Items that were tried and failed for a passing reason wait with backoff (and the server's Retry-After). */
export async function postpone(ctx: EngineContext, batch: readonly OutboxRecord[], problem: string, retryAfterMs: number): Promise<void> {
  const at = ctx.now();
  // One jitter draw for the whole batch: items that failed together (same attempt count) come
  // back together as one request, not as a trickle of small ones.
  const draw = ctx.random();
  await ctx.db.outbox.bulkUpdate(
    batch.map((record) => ({
      key: record.id,
      changes: {
        state: 'queued' as const,
        attempts: record.attempts + 1,
        nextAttemptAt: at + backoffDelay(record.attempts + 1, () => draw, retryAfterMs),
        lastAttemptAt: at,
        lastProblem: problem,
        // undefined removes the field: a later failure without Retry-After lifts an earlier hold.
        serverHoldUntil: retryAfterMs > 0 ? at + retryAfterMs : undefined,
      },
    })),
  );
}

/**
 * When "send now" may send this record: at once, unless the server asked for a pause that has not
 * passed. A clock now before the last attempt has jumped back; the hold's end is then unknown, and
 * the record goes at once rather than wait for an hour that may never come (as dueAt does).
 */
export function sendNowAt(record: Pick<OutboxRecord, 'serverHoldUntil' | 'lastAttemptAt'>, now: number): number {
  const hold = record.serverHoldUntil;
  if (hold === undefined || hold <= now) return 0;
  if (record.lastAttemptAt !== undefined && now < record.lastAttemptAt) return 0;
  return hold;
}

/** What a finished drain reports, with the earliest time anything still waiting is due. */
export async function drainOutcome(ctx: EngineContext, { delivered, rejected, problem }: Tally): Promise<DrainOutcome> {
  const waiting = await ctx.db.outbox.where('state').anyOf('queued', 'sending').toArray();
  const end = ctx.now();
  const next = waiting.length ? Math.min(...waiting.map((r) => dueAt(r, end))) : undefined;
  return {
    delivered,
    rejected,
    waiting: waiting.length,
    ...(next !== undefined ? { nextAttemptAt: next, checkedAt: end } : {}),
    ...(problem ? { problem } : {}),
  };
}
