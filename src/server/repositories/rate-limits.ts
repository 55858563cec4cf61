import { randomBytes } from 'node:crypto';
import type { Executor } from '../db/schema';

// Counters for the rate limits, shared by every instance on one database (services/rate-limit-store.ts).

export interface Hit {
  /** Requests in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

/**
 * One atomic upsert: a new key or an expired window starts at 1, a live window counts up. Two
 * instances bumping the same key at once are ordered by the row lock, so none is lost.
 */
export async function countHit(db: Executor, key: string, windowMs: number, nowMs: number): Promise<Hit> {
  const row = await db
    .insertInto('rate_limits')
    .values({ key, count: 1, expires_ms: nowMs + windowMs })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const expired = eb('rate_limits.expires_ms', '<=', nowMs);
        return {
          count: eb.case().when(expired).then(1).else(eb('rate_limits.count', '+', 1)).end(),
          expires_ms: eb.case().when(expired).then(nowMs + windowMs).else(eb.ref('rate_limits.expires_ms')).end(),
        };
      }),
    )
    .returning(['count', 'expires_ms'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), ttlMs: Math.max(0, Number(row.expires_ms) - nowMs) };
}

/** Forgets windows that ended: the keys are pseudonymous, and kept no longer than needed. */
export async function sweepRateLimits(db: Executor, nowMs: number): Promise<number> {
  const result = await db.deleteFrom('rate_limits').where('expires_ms', '<=', nowMs).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The value stored under `name`, made (32 random bytes) by whichever instance asks first. */
export async function sharedSecret(db: Executor, name: string): Promise<string> {
  await db
    .insertInto('shared_secrets')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('shared_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
