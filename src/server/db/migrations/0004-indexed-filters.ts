import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../schema';

// Filters that read inside stored JSON become columns with an index (issue 15): the interest list of
// an opportunity (`opportunity_id`) and an opportunity's centre (`centre_id`, followed when a centre
// moves). The public feed gets an index that fits its query, so it seeks to a quarter's published
// items instead of walking past every private one.
// Backfills read the JSON once, in SQL, which is the one thing the two dialects spell differently.

export function indexedFiltersMigration(dialect: DialectName): Migration {
  const field = (name: string) =>
    dialect === 'postgres' ? sql.raw(`(payload::jsonb ->> '${name}')`) : sql.raw(`json_extract(payload, '$.${name}')`);

  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('submissions').addColumn('opportunity_id', 'text').execute();
      await sql`update submissions set opportunity_id = ${field('opportunityId')} where kind = 'interest'`.execute(db);
      // Interest per opportunity, newest first (GET /manage/opportunities/{id}/interests, inbox filter).
      // Partial, like the next one: most items have no opportunity (and no moderation), and an index
      // entry they do not get is one write less per stored item. `col = ?` implies `col IS NOT NULL`,
      // which both databases use to pick a partial index, bound parameters included.
      await db.schema
        .createIndex('submissions_opportunity_received')
        .on('submissions')
        .columns(['opportunity_id', 'received_at', 'id'])
        .where('opportunity_id', 'is not', null)
        .execute();

      // The feed: WHERE quarter_id = ? AND moderation = 'published' ORDER BY received_at DESC, id DESC.
      // With (quarter_id, received_at, id) alone it had to step over every unpublished item; private
      // feedback (moderation null, the bulk of all input) is not in this index at all.
      await db.schema
        .createIndex('submissions_feed')
        .on('submissions')
        .columns(['quarter_id', 'moderation', 'received_at', 'id'])
        .where('moderation', 'is not', null)
        .execute();

      await db.schema.alterTable('opportunities').addColumn('centre_id', 'text').execute();
      await sql`update opportunities set centre_id = ${field('centreId')}`.execute(db);
      await db.schema.createIndex('opportunities_centre').on('opportunities').column('centre_id').execute();
    },

    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('opportunities_centre').execute();
      await db.schema.alterTable('opportunities').dropColumn('centre_id').execute();
      await db.schema.dropIndex('submissions_feed').execute();
      await db.schema.dropIndex('submissions_opportunity_received').execute();
      await db.schema.alterTable('submissions').dropColumn('opportunity_id').execute();
    },
  };
}
