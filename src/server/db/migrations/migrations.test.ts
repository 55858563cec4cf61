import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../database';
import type { Db } from '../schema';
import { migrationProvider } from './index';

let dir: string;
let db: Db;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qs-migrate-'));
  db = openDatabase({ dataDir: dir, databaseUrl: undefined }).db;
});
afterEach(async () => {
  await db.destroy();
  await rm(dir, { recursive: true, force: true });
});

describe('0002-media-links', () => {
  it('links photos of items stored before it, from their payloads, and skips ids without a photo', async () => {
    const migrator = new Migrator({ db, provider: migrationProvider('sqlite') });
    expect((await migrator.migrateTo('0001-initial')).error).toBeUndefined();
    const at = new Date().toISOString();
    const photo = randomUUID();
    const item = randomUUID();
    // Only columns that 0001 created are written here.
    await db.insertInto('media').values({ id: photo, bytes: Buffer.from([1]), mime: 'image/jpeg', created_at: at }).execute();
    await db
      .insertInto('submissions')
      .values({
        id: item,
        kind: 'feedback',
        quarter_id: 'q',
        topic_id: 't',
        content_hash: 'h',
        payload: JSON.stringify({ text: 'x', mediaIds: [photo, randomUUID()] }),
        contact: null,
        search_text: '',
        receipt: 'ERF-AAAA-AAAA',
        moderation: null,
        public_response: null,
        created_at: at,
        received_at: at,
        updated_at: at,
      })
      .execute();
    await migrateToLatest(db, 'sqlite');
    expect(await db.selectFrom('submission_media').selectAll().execute()).toEqual([{ submission_id: item, media_id: photo }]);
    expect(await db.selectFrom('media').select(['source_hash', 'width']).execute()).toEqual([{ source_hash: null, width: null }]);
  });
});
