import { sql, type Kysely, type Migration } from 'kysely';

// Quarter managers (issue 7): disabled accounts, per-user read markers, and the directory moved from
// seed files into editable tables. Booleans are integers 0/1 in both dialects (better-sqlite3 cannot
// bind JS booleans), so repositories never need a dialect switch.

export function managersMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // Null while the account may log in; a disabled account keeps its audit trail.
      await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();

      await db.schema
        .createTable('manager_reads')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
        .addColumn('read_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('manager_reads_pk', ['user_id', 'submission_id'])
        .execute();

      // "Contacted" marker for volunteer interest (PATCH `contacted`); null means not yet.
      await db.schema.alterTable('submissions').addColumn('contacted_at', 'text').execute();

      for (const table of ['centres', 'opportunities']) {
        await db.schema
          .createTable(table)
          .addColumn('id', 'text', (c) => c.primaryKey())
          // Denormalised from the payload (an opportunity may take its centre's), so scope is one indexed compare.
          .addColumn('quarter_id', 'text')
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addCheckConstraint(`${table}_published`, sql`published in (0, 1)`)
          .execute();
        await db.schema.createIndex(`${table}_quarter`).on(table).column('quarter_id').execute();
      }
      // One counter per public document; bumped with every content change, it is the ETag's source.
      await db.schema
        .createTable('content_versions')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
    },

    async down(db: Kysely<unknown>) {
      for (const table of ['content_versions', 'opportunities', 'centres', 'manager_reads']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
      await db.schema.alterTable('submissions').dropColumn('contacted_at').execute();
      await db.schema.alterTable('users').dropColumn('disabled_at').execute();
    },
  };
}
