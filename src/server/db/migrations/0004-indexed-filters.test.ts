import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/postgres-database';
import { migrateToLatest, openDatabase } from '../database';
import type { Db, DialectName } from '../schema';
import { migrationProvider } from './index';

// The backfill is the one dialect-specific statement (JSON access), so it runs on both databases.

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

describe('0004-indexed-filters', () => {
  it('copies opportunityId of stored interest and centreId of opportunities into their columns', async () => {
    const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
    expect((await migrator.migrateTo('0003-managers')).error).toBeUndefined();
    const at = new Date().toISOString();
    const row = (kind: 'interest' | 'feedback', payload: object, receipt: string) => ({
      id: randomUUID(),
      kind,
      quarter_id: 'q',
      topic_id: null,
      content_hash: 'h',
      payload: JSON.stringify(payload),
      contact: null,
      search_text: '',
      receipt,
      moderation: null,
      public_response: null,
      created_at: at,
      received_at: at,
      updated_at: at,
    });
    const volunteer = row('interest', { locale: 'de', opportunityId: 'lesepaten', message: '"opportunityId":"fake"' }, 'ERF-AAAA-AAAA');
    const said = row('feedback', { text: '"opportunityId":"lesepaten"' }, 'ERF-BBBB-BBBB');
    await db.insertInto('submissions').values([volunteer, said]).execute();
    const entry = (id: string, payload: object) => ({ id, quarter_id: null, payload: JSON.stringify(payload), published: 1, created_at: at, updated_at: at });
    await db.insertInto('opportunities').values([entry('a', { id: 'a', centreId: 'zentrum' }), entry('b', { id: 'b' })]).execute();

    await migrateToLatest(db, dialect);
    const items = await db.selectFrom('submissions').select(['id', 'opportunity_id']).orderBy('receipt').execute();
    expect(items).toEqual([
      { id: volunteer.id, opportunity_id: 'lesepaten' },
      { id: said.id, opportunity_id: null },
    ]);
    expect(await db.selectFrom('opportunities').select(['id', 'centre_id']).orderBy('id').execute()).toEqual([
      { id: 'a', centre_id: 'zentrum' },
      { id: 'b', centre_id: null },
    ]);
  });
});
