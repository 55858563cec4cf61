import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engineContext, outboxRecord } from '../test/engine-parts';
import { BACKOFF_BASE_MS } from './backoff';
import { drainOutcome, postpone, sendNowAt } from './schedule-retry';

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

    expect(a?.serverHoldUntil).toBeUndefined();

    await postpone(ctx, [late], 'http_429', 60_000);
    expect(await ctx.db.outbox.get(late.id)).toMatchObject({ nextAttemptAt: 70_000, serverHoldUntil: 70_000 });
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

describe('postpone without Retry-After after one with it', () => {
  it('lifts the earlier pause', async () => {
    const record = outboxRecord(1, { state: 'sending' });
    const ctx = await engineContext([record], { now: () => 10_000 });
    await postpone(ctx, [record], 'http_503', 5_000);
    const held = await ctx.db.outbox.get(record.id);
    expect(held?.serverHoldUntil).toBe(15_000);
    await postpone(ctx, held ? [held] : [], 'offline', 0);
    expect((await ctx.db.outbox.get(record.id))?.serverHoldUntil).toBeUndefined();
  });
});

describe('sendNowAt', () => {
  it('is now (0) without a pause or after it, and the pause\'s end during it', () => {
    expect(sendNowAt({}, 10_000)).toBe(0);
    expect(sendNowAt({ serverHoldUntil: 15_000, lastAttemptAt: 10_000 }, 12_000)).toBe(15_000);
    expect(sendNowAt({ serverHoldUntil: 15_000, lastAttemptAt: 10_000 }, 15_000)).toBe(0);
  });

  it('does not hold when the clock went back before the last attempt (the pause\'s end is unknown)', () => {
    expect(sendNowAt({ serverHoldUntil: 15_000, lastAttemptAt: 10_000 }, 9_000)).toBe(0);
  });
});
