import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../schema';

// Rate limits that hold across app instances on one PostgreSQL (issue 15): one counter row per
// client key, route and window, bumped by an atomic upsert (repositories/rate-limits.ts). On
// PostgreSQL the table is UNLOGGED: a counter needs no crash safety, so a bump writes no WAL and
// its commit waits for no disk flush; a crash simply empties it. SQLite gets the table too (one
// schema) but keeps counting in memory: one process owns the file.
// `shared_secrets` holds values all instances must agree on, such as the salt of the client key.

export function sharedRateLimitsMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      let table = db.schema.createTable('rate_limits');
      if (dialect === 'postgres') table = table.modifyFront(sql`unlogged`);
      await table
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('count', 'integer', (c) => c.notNull())
        // Milliseconds since the epoch: compared and computed in code, the same in both dialects.
        .addColumn('expires_ms', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('rate_limits_expires').on('rate_limits').column('expires_ms').execute();

      await db.schema
        .createTable('shared_secrets')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },

    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('shared_secrets').ifExists().execute();
      await db.schema.dropTable('rate_limits').ifExists().execute();
    },
  };
}
