import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engineContext, outboxRecord } from '../test/engine-parts';
import { pickBatch, releaseBatch, takeBatch } from './pick-batch';

describe('pickBatch', () => {
  it('stops at the item limit and at the byte limit, but never returns nothing for something', () => {
    const due = [outboxRecord(1), outboxRecord(2), outboxRecord(3)];
    expect(pickBatch(due, 2, 10_000).map((r) => r.queuedAt)).toEqual([1, 2]);
    const size = JSON.stringify(due[0]?.item).length + 1;
    expect(pickBatch(due, 100, size * 2).map((r) => r.queuedAt)).toEqual([1, 2]);
    expect(pickBatch(due, 100, 10).map((r) => r.queuedAt)).toEqual([1]);
    expect(pickBatch([], 100, 10)).toEqual([]);
  });
});

describe('takeBatch and releaseBatch', () => {
  it('picks due items in queue order behind ones that still wait, marks them sending, and puts them back untouched', async () => {
    const waiting = { nextAttemptAt: 9_000, lastAttemptAt: 4_000 };
    const ctx = await engineContext([outboxRecord(1, waiting), outboxRecord(2, waiting), outboxRecord(3), outboxRecord(4)]);
    const picked = await takeBatch(ctx, 2);
    expect(picked.map((r) => r.queuedAt)).toEqual([3, 4]);
    expect((await ctx.db.outbox.where('state').equals('sending').toArray()).map((r) => r.queuedAt)).toEqual([3, 4]);
    await releaseBatch(ctx, picked);
    expect(await ctx.db.outbox.get(picked[0]?.id ?? '')).toMatchObject({ state: 'queued', attempts: 0 });
  });
});
