import { randomUUID } from 'node:crypto';
import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useUnmigratedDatabase } from '../../test/unmigrated-database';
import { migrateToLatest } from '../database';
import { migrationProvider } from './index';

// The backfill is the one dialect-specific statement (JSON access), so it runs on both databases.

const t = useUnmigratedDatabase();

describe('0004-indexed-filters', () => {
  it('copies opportunityId of stored interest and centreId of opportunities into their columns', async () => {
    const migrator = new Migrator({ db: t.db, provider: migrationProvider(t.dialect) });
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
    await t.db.insertInto('submissions').values([volunteer, said]).execute();
    const entry = (id: string, payload: object) => ({ id, quarter_id: null, payload: JSON.stringify(payload), published: 1, created_at: at, updated_at: at });
    await t.db.insertInto('opportunities').values([entry('a', { id: 'a', centreId: 'zentrum' }), entry('b', { id: 'b' })]).execute();

    await migrateToLatest(t.db, t.dialect);
    const items = await t.db.selectFrom('submissions').select(['id', 'opportunity_id']).orderBy('receipt').execute();
    expect(items).toEqual([
      { id: volunteer.id, opportunity_id: 'lesepaten' },
      { id: said.id, opportunity_id: null },
    ]);
    expect(await t.db.selectFrom('opportunities').select(['id', 'centre_id']).orderBy('id').execute()).toEqual([
      { id: 'a', centre_id: 'zentrum' },
      { id: 'b', centre_id: null },
    ]);
  });
});
