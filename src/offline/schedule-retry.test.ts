import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engineContext, outboxRecord } from '../test/engine-parts';
import { BACKOFF_BASE_MS } from './backoff';
import { drainOutcome, postpone } from './schedule-retry';

describe('postpone and drainOutcome', () => {
  it('draws the jitter once for the batch, honours Retry-After and reports the earliest due time', async () => {
    const batch = [outboxRecord(1, { state: 'sending' }), outboxRecord(2, { state: 'sending' })];
    const late = outboxRecord(3, { state: 'sending' });
    let draws = 0;
    const ctx = await engineContext([...batch, late], { now: () => 10_000, random: () => (draws++, 0.5) });
    await postpone(ctx, batch, 'http_503', 0);
    expect(draws).toBe(1);
    const [a, b] = await ctx.db.outbox.bulkGet(batch.map((r) => r.id));
    expect(a).toMatchObject({ state: 'queued', attempts: 1, lastAttemptAt: 10_000, lastProblem: 'http_503', nextAttemptAt: 10_000 + BACKOFF_BASE_MS / 2 });
    expect(b?.nextAttemptAt).toBe(a?.nextAttemptAt);

    await postpone(ctx, [late], 'http_429', 60_000);
    expect((await ctx.db.outbox.get(late.id))?.nextAttemptAt).toBe(70_000);
    expect(await drainOutcome(ctx, { delivered: 2, rejected: 1, problem: 'http_429' })).toEqual({
      delivered: 2,
      rejected: 1,
      waiting: 3,
      nextAttemptAt: 10_000 + BACKOFF_BASE_MS / 2,
      checkedAt: 10_000,
      problem: 'http_429',
    });
  });
});
