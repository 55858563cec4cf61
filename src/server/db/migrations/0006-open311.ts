import { sql, type Kysely, type Migration } from 'kysely';

// Open311 GeoReport v2 (issue 15). Numbered after city-scale's 0004/0005, which land beside it.
// - api_keys: only a hash of each key is kept (a leaked database hands out no keys), with a name,
//   when it was made and revoked, and the last day it was used — never an address.
// - An index for the Open311 list, which reads published items across every quarter by date.

export function open311Migration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        // A day (YYYY-MM-DD), not a time: enough to see whether a key is still in use.
        .addColumn('last_used_on', 'text')
        .execute();
      // One active key per name; a revoked key keeps its name in the list, and the name can be reused.
      await db.schema
        .createIndex('api_keys_active_name')
        .on('api_keys')
        .column('name')
        .unique()
        .where(sql.ref('revoked_at'), 'is', null)
        .execute();

      await db.schema
        .createIndex('submissions_moderation_received')
        .on('submissions')
        .columns(['moderation', 'received_at', 'id'])
        .execute();
    },

    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('submissions_moderation_received').ifExists().execute();
      await db.schema.dropTable('api_keys').ifExists().execute();
    },
  };
}
