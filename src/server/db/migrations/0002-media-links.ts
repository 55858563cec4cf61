import { sql, type Kysely, type Migration } from 'kysely';

// Photos get linked to the items that show them, so "may this photo be served?" is one indexed join
// instead of a scan of every payload. The upload's hash tells a resent upload (same bytes, answered
// 200) from a different image under the same id (409). Existing items are linked from their payloads.

export function mediaLinksMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('media').addColumn('source_hash', 'text').execute();
      await db.schema.alterTable('media').addColumn('width', 'integer').execute();
      await db.schema.alterTable('media').addColumn('height', 'integer').execute();

      await db.schema
        .createTable('submission_media')
        .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
        .addColumn('media_id', 'text', (c) => c.notNull().references('media.id'))
        .addPrimaryKeyConstraint('submission_media_pk', ['submission_id', 'media_id'])
        .execute();
      await db.schema.createIndex('submission_media_media').on('submission_media').column('media_id').execute();

      // The feed lists a quarter's published items; the inbox index (quarter, received_at, id) serves
      // it, so nothing more is needed here.

      const rows = await sql<{ id: string; payload: string }>`
        select id, payload from submissions where kind in ('feedback', 'proposal')`.execute(db);
      for (const row of rows.rows) {
        for (const mediaId of mediaIdsOf(row.payload)) {
          await sql`
            insert into submission_media (submission_id, media_id)
            select ${row.id}, id from media where id = ${mediaId}
            on conflict do nothing`.execute(db);
        }
      }
    },

    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('submission_media').ifExists().execute();
      for (const column of ['height', 'width', 'source_hash']) {
        await db.schema.alterTable('media').dropColumn(column).execute();
      }
    },
  };
}

function mediaIdsOf(payload: string): string[] {
  try {
    const parsed: unknown = JSON.parse(payload);
    if (typeof parsed !== 'object' || parsed === null || !('mediaIds' in parsed)) return [];
    const ids = parsed.mediaIds;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
