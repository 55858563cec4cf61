import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../schema';

// The only place where SQLite and PostgreSQL differ: identity columns and the blob type.
// Everything else is the common subset, so repositories stay dialect-free.

export function initialMigration(dialect: DialectName): Migration {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';

  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('submissions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('quarter_id', 'text')
        .addColumn('topic_id', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('contact', 'text')
        .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('receipt', 'text', (c) => c.notNull().unique())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('received'))
        .addColumn('moderation', 'text')
        .addColumn('public_response', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addCheckConstraint('submissions_kind', sql`kind in ('feedback', 'proposal', 'support', 'interest')`)
        .addCheckConstraint(
          'submissions_status',
          sql`status in ('received', 'in_review', 'in_progress', 'done', 'declined')`,
        )
        .addCheckConstraint(
          'submissions_moderation',
          sql`moderation is null or moderation in ('pending', 'published', 'hidden')`,
        )
        .execute();
      // The inbox pages newest first, per quarter or across all of them (admin).
      await db.schema
        .createIndex('submissions_quarter_received')
        .on('submissions')
        .columns(['quarter_id', 'received_at', 'id'])
        .execute();
      await db.schema.createIndex('submissions_received').on('submissions').columns(['received_at', 'id']).execute();

      await withIdentity(db.schema.createTable('submission_history'), dialect)
        .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('status', 'text')
        .addColumn('moderation', 'text')
        .addColumn('public_response', 'text')
        .addColumn('reason', 'text')
        .addColumn('note', 'text')
        .addColumn('actor_user_id', 'text')
        .execute();
      await db.schema.createIndex('submission_history_item').on('submission_history').columns(['submission_id', 'id']).execute();

      await db.schema
        .createTable('supports')
        .addColumn('proposal_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
        .addColumn('supporter_id', 'text', (c) => c.notNull())
        .addColumn('submission_id', 'text', (c) => c.notNull().unique().references('submissions.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('supports_pk', ['proposal_id', 'supporter_id'])
        .execute();

      await db.schema
        .createTable('media')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('bytes', sql.raw(blob), (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addCheckConstraint('users_role', sql`role in ('admin', 'manager')`)
        .addCheckConstraint('users_email_lower', sql`email = lower(email)`)
        .execute();

      await db.schema
        .createTable('user_quarters')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('quarter_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('user_quarters_pk', ['user_id', 'quarter_id'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('login_throttle')
        .addColumn('email', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .addColumn('last_failure_at', 'text', (c) => c.notNull())
        .execute();

      await withIdentity(db.schema.createTable('audit_log'), dialect)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('detail', 'text')
        .execute();
    },

    async down(db: Kysely<unknown>) {
      for (const table of [
        'audit_log',
        'login_throttle',
        'sessions',
        'user_quarters',
        'users',
        'media',
        'supports',
        'submission_history',
        'submissions',
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}

type CreateTable = ReturnType<Kysely<unknown>['schema']['createTable']>;

function withIdentity(table: CreateTable, dialect: DialectName): CreateTable {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
