import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/postgres-database';
import { claimSupports, deleteSubmissions } from './submission-batch';
import { tryInsertSupport } from './submissions';
import { migrateToLatest, openDatabase } from '../db/database';
import type { Db, DialectName } from '../db/schema';
import { migrationProvider } from '../db/migrations/index';

// Migration 0007: the support count is kept by triggers, which each dialect spells its own way: both run here.

let dir: string;
let db: Db;
let dialect: DialectName;
let drop: (() => Promise<void>) | undefined;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qs-migrate-'));
  const postgres = await createTestDatabase();
  drop = postgres?.drop;
  ({ db, dialect } = openDatabase({ dataDir: dir, databaseUrl: postgres?.url }));
});
afterEach(async () => {
  await db.destroy();
  await drop?.();
  await rm(dir, { recursive: true, force: true });
});

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
  const rows = await db.selectFrom('submissions').select(['id', 'support_count']).where('id', 'in', ids).execute();
  return ids.map((id) => rows.find((r) => r.id === id)?.support_count ?? Number.NaN);
}

async function support(proposalId: string, supporterId: string): Promise<string> {
  const row = item('support');
  await db.insertInto('submissions').values(row).execute();
  await tryInsertSupport(db, { proposalId, supporterId, submissionId: row.id, createdAt: row.received_at });
  return row.id;
}

describe('0007-support-counts', () => {
  it('counts the supports stored before it, then keeps the count as supports come and go', async () => {
    const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
    expect((await migrator.migrateTo('0006-open311')).error).toBeUndefined();
    const [a, b, c] = [item('proposal'), item('proposal'), item('proposal')];
    await db.insertInto('submissions').values([a, b, c]).execute();
    await support(a.id, 'one');
    await support(a.id, 'two');
    await support(b.id, 'one');

    await migrateToLatest(db, dialect);
    expect(await counts([a.id, b.id, c.id])).toEqual([2, 1, 0]);

    // One by one: a second support of the same supporter is refused and not counted.
    await support(c.id, 'one');
    await support(c.id, 'one');
    // A batch: only the claims that won count.
    const batch = [item('support'), item('support'), item('support')];
    await db.insertInto('submissions').values(batch).execute();
    const claims = [
      { proposalId: b.id, supporterId: 'two', submissionId: batch[0]!.id, createdAt: batch[0]!.received_at },
      { proposalId: b.id, supporterId: 'two', submissionId: batch[1]!.id, createdAt: batch[1]!.received_at },
      { proposalId: c.id, supporterId: 'two', submissionId: batch[2]!.id, createdAt: batch[2]!.received_at },
    ];
    expect((await claimSupports(db, claims)).size).toBe(2);
    expect(await counts([a.id, b.id, c.id])).toEqual([2, 2, 2]);

    // A support taken back (its item deleted, the link goes by cascade) is uncounted.
    await deleteSubmissions(db, [batch[2]!.id]);
    expect(await counts([a.id, b.id, c.id])).toEqual([2, 2, 1]);
    // A proposal deleted with its supports: the cascade's trigger finds no row to change, and says nothing.
    await deleteSubmissions(db, [a.id]);
    expect(await counts([b.id, c.id])).toEqual([2, 1]);
    expect(await db.selectFrom('supports').select('proposal_id').where('proposal_id', '=', a.id).execute()).toEqual([]);
  });

  it('goes down and up again', async () => {
    await migrateToLatest(db, dialect);
    const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
    expect((await migrator.migrateTo('0006-open311')).error).toBeUndefined();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const p = item('proposal');
    await db.insertInto('submissions').values(p).execute();
    await support(p.id, 'one');
    expect(await counts([p.id])).toEqual([1]);
  });
});
