import { randomUUID } from 'node:crypto';
import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useUnmigratedDatabase } from '../test/unmigrated-database';
import { claimSupports, deleteSubmissions } from './submission-batch';
import { tryInsertSupport } from './submissions';
import { migrateToLatest } from '../db/database';
import { migrationProvider } from '../db/migrations/index';

// Migration 0007: the support count is kept by triggers, which each dialect spells its own way: both run here.

const t = useUnmigratedDatabase();

let receipts = 0;
const item = (kind: 'proposal' | 'support') => {
  const at = new Date().toISOString();
  return {
    id: randomUUID(),
    kind,
    quarter_id: 'q',
    topic_id: null,
    content_hash: 'h',
    payload: '{}',
    contact: null,
    search_text: '',
    receipt: `ERF-TEST-${String(receipts++).padStart(4, '0')}`,
    moderation: kind === 'proposal' ? ('published' as const) : null,
    public_response: null,
    created_at: at,
    received_at: at,
    updated_at: at,
  };
};

async function counts(ids: string[]): Promise<number[]> {
  const rows = await t.db.selectFrom('submissions').select(['id', 'support_count']).where('id', 'in', ids).execute();
  return ids.map((id) => rows.find((r) => r.id === id)?.support_count ?? Number.NaN);
}

async function support(proposalId: string, supporterId: string): Promise<string> {
  const row = item('support');
  await t.db.insertInto('submissions').values(row).execute();
  await tryInsertSupport(t.db, { proposalId, supporterId, submissionId: row.id, createdAt: row.received_at });
  return row.id;
}

describe('0007-support-counts', () => {
  it('counts the supports stored before it, then keeps the count as supports come and go', async () => {
    const migrator = new Migrator({ db: t.db, provider: migrationProvider(t.dialect) });
    expect((await migrator.migrateTo('0006-open311')).error).toBeUndefined();
    const [a, b, c] = [item('proposal'), item('proposal'), item('proposal')];
    await t.db.insertInto('submissions').values([a, b, c]).execute();
    await support(a.id, 'one');
    await support(a.id, 'two');
    await support(b.id, 'one');

    await migrateToLatest(t.db, t.dialect);
    expect(await counts([a.id, b.id, c.id])).toEqual([2, 1, 0]);

    // One by one: a second support of the same supporter is refused and not counted.
    await support(c.id, 'one');
    await support(c.id, 'one');
    // A batch: only the claims that won count.
    const batch = [item('support'), item('support'), item('support')];
    await t.db.insertInto('submissions').values(batch).execute();
    const claims = [
      { proposalId: b.id, supporterId: 'two', submissionId: batch[0]!.id, createdAt: batch[0]!.received_at },
      { proposalId: b.id, supporterId: 'two', submissionId: batch[1]!.id, createdAt: batch[1]!.received_at },
      { proposalId: c.id, supporterId: 'two', submissionId: batch[2]!.id, createdAt: batch[2]!.received_at },
    ];
    expect((await claimSupports(t.db, claims)).size).toBe(2);
    expect(await counts([a.id, b.id, c.id])).toEqual([2, 2, 2]);

    // A support taken back (its item deleted, the link goes by cascade) is uncounted.
    await deleteSubmissions(t.db, [batch[2]!.id]);
    expect(await counts([a.id, b.id, c.id])).toEqual([2, 2, 1]);
    // A proposal deleted with its supports: the cascade's trigger finds no row to change, and says nothing.
    await deleteSubmissions(t.db, [a.id]);
    expect(await counts([b.id, c.id])).toEqual([2, 1]);
    expect(await t.db.selectFrom('supports').select('proposal_id').where('proposal_id', '=', a.id).execute()).toEqual([]);
  });

  it('goes down and up again', async () => {
    await migrateToLatest(t.db, t.dialect);
    const migrator = new Migrator({ db: t.db, provider: migrationProvider(t.dialect) });
    expect((await migrator.migrateTo('0006-open311')).error).toBeUndefined();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const p = item('proposal');
    await t.db.insertInto('submissions').values(p).execute();
    await support(p.id, 'one');
    expect(await counts([p.id])).toEqual([1]);
  });
});
