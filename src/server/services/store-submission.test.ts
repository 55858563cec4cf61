import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedback } from '../test/factories';
import { startTestApp, type TestApp } from '../test/support';
import { storeItem } from './store-submission';

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
