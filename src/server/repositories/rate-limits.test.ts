import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/support';
import { countHit, sharedSecret, sweepRateLimits } from './rate-limits';

// The shared counters behind the PostgreSQL rate-limit store, on both databases.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('rate-limit counters', () => {
  it('counts within a window and starts again once it ended', async () => {
    const now = 1_700_000_000_000;
    expect(await countHit(t.ctx.db, 'k1', 60_000, now)).toEqual({ count: 1, ttlMs: 60_000 });
    expect(await countHit(t.ctx.db, 'k1', 60_000, now + 1_000)).toEqual({ count: 2, ttlMs: 59_000 });
    expect(await countHit(t.ctx.db, 'k2', 60_000, now + 1_000)).toEqual({ count: 1, ttlMs: 60_000 });
    expect(await countHit(t.ctx.db, 'k1', 60_000, now + 60_000)).toEqual({ count: 1, ttlMs: 60_000 });
  });

  it('loses no hit when many requests count the same key at once', async () => {
    const now = 1_800_000_000_000;
    const hits = await Promise.all(Array.from({ length: 40 }, () => countHit(t.ctx.db, 'busy', 60_000, now)));
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('sweeps ended windows only', async () => {
    const now = 1_900_000_000_000;
    await countHit(t.ctx.db, 'old', 1_000, now - 5_000);
    await countHit(t.ctx.db, 'live', 60_000, now);
    await sweepRateLimits(t.ctx.db, now);
    const keys = (await t.ctx.db.selectFrom('rate_limits').select('key').execute()).map((r) => r.key);
    expect(keys).toContain('live');
    expect(keys).not.toContain('old');
  });

  it.runIf(process.env.QS_TEST_BACKEND === 'postgres')('keeps the counters out of the WAL (an unlogged table; PostgreSQL only, SQLite has no such thing)', async () => {
    const { rows } = await sql<{ relpersistence: string }>`select relpersistence from pg_class where relname = 'rate_limits'`.execute(t.ctx.db);
    expect(rows).toEqual([{ relpersistence: 'u' }]);
  });

  it('makes a shared secret once, whoever asks first', async () => {
    const values = await Promise.all([1, 2, 3].map(() => sharedSecret(t.ctx.db, 'test-secret')));
    expect(new Set(values).size).toBe(1);
    expect(values[0]).toMatch(/^[\w-]{43}$/);
  });
});
