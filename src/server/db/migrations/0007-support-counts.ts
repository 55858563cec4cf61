import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../schema';

// The feed and the inbox sorted by support (issue 15's bench: ≈ 0.6 s a page with 25,000 published
// proposals, because every page counted the supports of every item before it could sort). A proposal
// now carries its own count, kept by the database itself: triggers on `supports` add one for each
// support stored and take one away for each removed (a cascade included). Triggers rather than code:
// supports are stored by more than one path (one item, a batch, rows taken back within a batch), and
// a count that drifted from the rows would be shown in public. An index per quarter over published
// items in that order lets a page seek instead of sort.

export function supportCountsMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('submissions')
        .addColumn('support_count', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await sql`update submissions set support_count = (select count(*) from supports where supports.proposal_id = submissions.id) where kind = 'proposal'`.execute(db);

      if (dialect === 'postgres') {
        await sql`create function supports_keep_count() returns trigger language plpgsql as $$
          begin
            if tg_op = 'INSERT' then
              update submissions set support_count = support_count + 1 where id = new.proposal_id;
              return new;
            end if;
            update submissions set support_count = support_count - 1 where id = old.proposal_id;
            return old;
          end
        $$`.execute(db);
        await sql`create trigger supports_keep_count after insert or delete on supports for each row execute function supports_keep_count()`.execute(db);
      } else {
        await sql`create trigger supports_count_insert after insert on supports begin
          update submissions set support_count = support_count + 1 where id = new.proposal_id;
        end`.execute(db);
        await sql`create trigger supports_count_delete after delete on supports begin
          update submissions set support_count = support_count - 1 where id = old.proposal_id;
        end`.execute(db);
      }

      // WHERE quarter_id = ? AND moderation = 'published' ORDER BY support_count DESC, received_at DESC, id DESC.
      await db.schema
        .createIndex('submissions_feed_supported')
        .on('submissions')
        .columns(['quarter_id', 'moderation', 'support_count', 'received_at', 'id'])
        .where('moderation', 'is not', null)
        .execute();
    },

    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('submissions_feed_supported').execute();
      if (dialect === 'postgres') {
        await sql`drop trigger supports_keep_count on supports`.execute(db);
        await sql`drop function supports_keep_count()`.execute(db);
      } else {
        await sql`drop trigger supports_count_insert`.execute(db);
        await sql`drop trigger supports_count_delete`.execute(db);
      }
      await db.schema.alterTable('submissions').dropColumn('support_count').execute();
    },
  };
}
