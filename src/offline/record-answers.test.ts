import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OutboxRecord, type QsDatabase } from './db';
import { createAnswerRecorder } from './record-answers';
import type { EngineContext, Tally } from './sync-context';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const record = (n: number): OutboxRecord => ({
  id: uuid(n),
  item: { id: uuid(n), kind: 'support', createdAt: '2026-12-01T10:00:00.000Z', locale: 'de', proposalId: uuid(99), supporterId: uuid(98) },
  state: 'sending',
  attempts: 0,
  nextAttemptAt: 0,
  queuedAt: n,
});

let db: QsDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});
async function setUp(records: OutboxRecord[]): Promise<EngineContext> {
  db = openDatabase(`answers-${Math.random()}`);
  await db.outbox.bulkAdd(records);
  return { db, now: () => 5_000, random: () => 0, send: () => Promise.reject(new Error('unused')), maxItems: 100, maxBytes: 10_000, submissionsUrl: '', mediaUrl: '' };
}

describe('the answer recorder', () => {
  it('records answers in order: delivered items move to mine, rejected ones need attention, unmentioned ones wait', async () => {
    const ctx = await setUp([record(1), record(2), record(3)]);
    const tally: Tally = { delivered: 0, rejected: 0 };
    const recorder = createAnswerRecorder(ctx, tally);
    recorder.record([record(1)], [{ id: uuid(1), status: 'accepted', receipt: 'ERF-AAAA-BBBB' }]);
    recorder.record([record(2), record(3)], [{ id: uuid(2), status: 'rejected', error: { code: 'unknown_proposal', message: 'Gone' } }]);
    await recorder.settled();
    expect(tally).toEqual({ delivered: 1, rejected: 1, problem: 'incomplete_answer' });
    expect(await ctx.db.mine.get(uuid(1))).toMatchObject({ receipt: 'ERF-AAAA-BBBB', deliveredAt: 5_000 });
    expect(await ctx.db.outbox.get(uuid(2))).toMatchObject({ state: 'needs_attention', error: { code: 'unknown_proposal' } });
    expect(await ctx.db.outbox.get(uuid(3))).toMatchObject({ state: 'queued', attempts: 1, lastProblem: 'incomplete_answer' });
    expect(recorder.failure()).toBeUndefined();
  });

  it('keeps the first failure and records nothing after it', async () => {
    const ctx = await setUp([record(1), record(2)]);
    // The first answer cannot be recorded (as when IndexedDB fails); the second could be, but must not.
    let calls = 0;
    ctx.now = () => {
      if (++calls === 1) throw new Error('IndexedDB failed');
      return 5_000;
    };
    const tally: Tally = { delivered: 0, rejected: 0 };
    const recorder = createAnswerRecorder(ctx, tally);
    recorder.record([record(1)], [{ id: uuid(1), status: 'accepted', receipt: 'ERF-AAAA-BBBB' }]);
    recorder.record([record(2)], [{ id: uuid(2), status: 'accepted', receipt: 'ERF-CCCC-DDDD' }]);
    await recorder.settled();
    expect(recorder.failure()?.error).toEqual(new Error('IndexedDB failed'));
    expect(tally).toEqual({ delivered: 0, rejected: 0 });
    expect(await ctx.db.mine.count()).toBe(0);
    expect(await ctx.db.outbox.count()).toBe(2);
  });
});
