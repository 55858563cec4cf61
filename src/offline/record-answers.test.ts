import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { engineContext, outboxRecord, uuid } from '../test/engine-parts';
import { createAnswerRecorder } from './record-answers';
import type { Tally } from './sync-context';

const sending = (n: number) => outboxRecord(n, { state: 'sending' });

describe('the answer recorder', () => {
  it('records answers in order: delivered items move to mine, rejected ones need attention, unmentioned ones wait', async () => {
    const ctx = await engineContext([sending(1), sending(2), sending(3)]);
    const tally: Tally = { delivered: 0, rejected: 0 };
    const recorder = createAnswerRecorder(ctx, tally);
    recorder.record([sending(1)], [{ id: uuid(1), status: 'accepted', receipt: 'ERF-AAAA-BBBB' }]);
    recorder.record([sending(2), sending(3)], [{ id: uuid(2), status: 'rejected', error: { code: 'unknown_proposal', message: 'Gone' } }]);
    await recorder.settled();
    expect(tally).toEqual({ delivered: 1, rejected: 1, problem: 'incomplete_answer' });
    expect(await ctx.db.mine.get(uuid(1))).toMatchObject({ receipt: 'ERF-AAAA-BBBB', deliveredAt: 5_000 });
    expect(await ctx.db.outbox.get(uuid(2))).toMatchObject({ state: 'needs_attention', error: { code: 'unknown_proposal' } });
    expect(await ctx.db.outbox.get(uuid(3))).toMatchObject({ state: 'queued', attempts: 1, lastProblem: 'incomplete_answer' });
    expect(recorder.failure()).toBeUndefined();
  });

  it('keeps the first failure and records nothing after it', async () => {
    // The first answer cannot be recorded (as when IndexedDB fails); the second could be, but must not.
    let calls = 0;
    const now = () => {
      if (++calls === 1) throw new Error('IndexedDB failed');
      return 5_000;
    };
    const ctx = await engineContext([sending(1), sending(2)], { now });
    const tally: Tally = { delivered: 0, rejected: 0 };
    const recorder = createAnswerRecorder(ctx, tally);
    recorder.record([sending(1)], [{ id: uuid(1), status: 'accepted', receipt: 'ERF-AAAA-BBBB' }]);
    recorder.record([sending(2)], [{ id: uuid(2), status: 'accepted', receipt: 'ERF-CCCC-DDDD' }]);
    await recorder.settled();
    expect(recorder.failure()?.error).toEqual(new Error('IndexedDB failed'));
    expect(tally).toEqual({ delivered: 0, rejected: 0 });
    expect(await ctx.db.mine.count()).toBe(0);
    expect(await ctx.db.outbox.count()).toBe(2);
  });
});
