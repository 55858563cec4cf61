import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OutboxRecord, type QsDatabase } from './db';
import { pickBatch, releaseBatch, takeBatch } from './pick-batch';
import type { EngineContext } from './sync-context';

const item = (n: number, text = 'x') => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  kind: 'feedback' as const,
  createdAt: '2026-12-01T10:00:00.000Z',
  locale: 'de',
  quarterId: 'q',
  topicId: 't',
  text,
  visibility: 'private' as const,
});
const record = (n: number, changes: Partial<OutboxRecord> = {}): OutboxRecord => ({
  id: item(n).id,
  item: item(n),
  state: 'queued',
  attempts: 0,
  nextAttemptAt: 0,
  queuedAt: n,
  ...changes,
});

let db: QsDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});
function context(maxBytes = 10_000): EngineContext {
  db = openDatabase(`pick-batch-${Math.random()}`);
  const send: EngineContext['send'] = () => Promise.reject(new Error('no network in this test'));
  return { db, now: () => 1_000, random: () => 0.5, send, maxItems: 100, maxBytes, submissionsUrl: '', mediaUrl: '' };
}

describe('pickBatch', () => {
  it('stops at the item limit and at the byte limit, but never returns nothing for something', () => {
    const due = [record(1), record(2), record(3)];
    expect(pickBatch(due, 2, 10_000).map((r) => r.queuedAt)).toEqual([1, 2]);
    const size = JSON.stringify(due[0]?.item).length + 1;
    expect(pickBatch(due, 100, size * 2).map((r) => r.queuedAt)).toEqual([1, 2]);
    expect(pickBatch([record(1, { item: item(1, 'y'.repeat(500)) })], 100, 10).length).toBe(1);
    expect(pickBatch([], 100, 10)).toEqual([]);
  });
});

describe('takeBatch and releaseBatch', () => {
  it('picks due items in queue order behind ones that still wait, marks them sending, and puts them back untouched', async () => {
    const ctx = context();
    await ctx.db.outbox.bulkAdd([record(1, { nextAttemptAt: 5_000, lastAttemptAt: 900 }), record(2, { nextAttemptAt: 5_000, lastAttemptAt: 900 }), record(3), record(4)]);
    const picked = await takeBatch(ctx, 2);
    expect(picked.map((r) => r.queuedAt)).toEqual([3, 4]);
    expect((await ctx.db.outbox.where('state').equals('sending').toArray()).map((r) => r.queuedAt)).toEqual([3, 4]);
    await releaseBatch(ctx, picked);
    const back = await ctx.db.outbox.get(record(3).id);
    expect(back).toMatchObject({ state: 'queued', attempts: 0 });
  });
});
