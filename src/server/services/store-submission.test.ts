import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { feedback, interest, proposal, support } from '../test/factories';
import { startTestApp, type TestApp } from '../test/support';
import { storeBatch, storeItem } from './store-submission';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('storeItem', () => {
  it('draws a new receipt when the first one is taken', async () => {
    const deps = { db: t.ctx.db, catalog: t.ctx.catalog };
    const first = await storeItem({ ...deps, newReceipt: () => 'ERF-AAAA-AAAA' }, feedback());
    expect(first).toMatchObject({ status: 'accepted', receipt: 'ERF-AAAA-AAAA' });
    const draws = ['ERF-AAAA-AAAA', 'ERF-AAAA-AAAA', 'ERF-BBBB-BBBB'];
    const second = await storeItem({ ...deps, newReceipt: () => draws.shift() ?? 'none' }, feedback());
    expect(second).toMatchObject({ status: 'accepted', receipt: 'ERF-BBBB-BBBB' });
  });

  it('gives up loudly rather than loop when no receipt is free', async () => {
    const deps = { db: t.ctx.db, catalog: t.ctx.catalog, newReceipt: () => 'ERF-CCCC-CCCC' };
    await storeItem(deps, feedback());
    await expect(storeItem(deps, feedback())).rejects.toThrow(/No free receipt/);
  });

  it('keeps personal data out of the payload column and takes device time as UTC', async () => {
    const item = feedback({ contact: { name: 'Ada', email: 'ada@example.org' }, createdAt: '2025-03-01T12:00:00+01:00' });
    await storeItem({ db: t.ctx.db, catalog: t.ctx.catalog }, item);
    const row = await t.ctx.db.selectFrom('submissions').selectAll().where('id', '=', item.id as string).executeTakeFirstOrThrow();
    expect(row.payload).not.toContain('ada@example.org');
    expect(JSON.parse(row.contact ?? '{}')).toEqual({ name: 'Ada', email: 'ada@example.org' });
    expect(row.created_at).toBe('2025-03-01T11:00:00.000Z');
    expect(row.search_text).toBe('der spielplatz braucht schatten.');
  });
});

describe('storeBatch', () => {
  const deps = () => ({ db: t.ctx.db, catalog: t.ctx.catalog });

  it('answers every item of one batch on its own, in order, with references made earlier in the batch', async () => {
    const idea = proposal();
    const supporterId = randomUUID();
    const twice = feedback();
    const items = [
      idea,
      support(idea.id as string, { supporterId }),
      support(idea.id as string, { supporterId }),
      feedback({ quarterId: 'atlantis' }),
      { kind: 'feedback', id: randomUUID() },
      twice,
      { ...twice },
      { ...twice, text: 'Anderer Text' },
      interest({ opportunityId: 'nope' }),
    ];
    const results = await storeBatch(deps(), items);
    expect(results.map((r) => [r.id, r.status, r.error?.code])).toEqual([
      [idea.id, 'accepted', undefined],
      [items[1]?.id, 'accepted', undefined],
      [items[2]?.id, 'duplicate', undefined],
      [items[3]?.id, 'rejected', 'unknown_quarter'],
      [items[4]?.id, 'rejected', 'validation'],
      [twice.id, 'accepted', undefined],
      [twice.id, 'duplicate', undefined],
      [twice.id, 'rejected', 'id_conflict'],
      [items[8]?.id, 'rejected', 'unknown_opportunity'],
    ]);
    // The second support of the same person is answered with the first one's receipt and not kept.
    expect(results[2]?.receipt).toBe(results[1]?.receipt);
    expect(results[6]?.receipt).toBe(results[5]?.receipt);
    const stored = await t.ctx.db.selectFrom('submissions').select('id').execute();
    expect(stored.map((r) => r.id).sort()).toEqual([idea.id, items[1]?.id, twice.id].sort());
    expect(await t.ctx.db.selectFrom('submission_history').select('submission_id').execute()).toHaveLength(3);
    expect(await t.ctx.db.selectFrom('supports').selectAll().execute()).toHaveLength(1);

    // The same batch again: every stored item is a duplicate with its first receipt.
    const again = await storeBatch(deps(), items);
    expect(again.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'rejected', 'rejected', 'duplicate', 'duplicate', 'rejected', 'rejected']);
    expect(again.map((r) => r.receipt)).toEqual(results.map((r) => (r.status === 'rejected' ? undefined : r.receipt)));
  });

  it('draws new receipts for the rows whose receipt was taken, and keeps the others', async () => {
    await storeItem({ ...deps(), newReceipt: () => 'ERF-TAKE-N000' }, feedback());
    const draws = ['ERF-AAAA-0001', 'ERF-TAKE-N000', 'ERF-AAAA-0003', 'ERF-AAAA-0002'];
    const results = await storeBatch({ ...deps(), newReceipt: () => draws.shift() ?? 'none' }, [feedback(), feedback(), feedback()]);
    expect(results.map((r) => [r.status, r.receipt])).toEqual([
      ['accepted', 'ERF-AAAA-0001'],
      ['accepted', 'ERF-AAAA-0002'],
      ['accepted', 'ERF-AAAA-0003'],
    ]);
  });

  it('stores overlapping batches sent at once exactly once, with one receipt per item', async () => {
    const items = Array.from({ length: 30 }, () => feedback());
    const shuffled = (seed: number) => [...items].sort((a, b) => ((String(a.id).charCodeAt(seed % 8) ^ seed) - (String(b.id).charCodeAt(seed % 8) ^ seed)));
    const answers = await Promise.all([0, 1, 2, 3, 4, 5].map((seed) => storeBatch(deps(), seed % 2 ? [...shuffled(seed)].reverse() : shuffled(seed))));
    const byId = new Map<string, Array<{ status: string; receipt?: string }>>();
    for (const result of answers.flat()) byId.set(result.id, [...(byId.get(result.id) ?? []), result]);
    for (const [, seen] of byId) {
      expect(seen.filter((r) => r.status === 'accepted')).toHaveLength(1);
      expect(seen.filter((r) => r.status === 'duplicate')).toHaveLength(5);
      expect(new Set(seen.map((r) => r.receipt)).size).toBe(1);
    }
    const count = await t.ctx.db.selectFrom('submissions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(30);
  });
});
