import { sql } from 'kysely';
import type { Executor } from '../db/schema';

export async function findLock(db: Executor, email: string): Promise<string | null> {
  const row = await db.selectFrom('login_throttle').select('locked_until').where('email', '=', email).executeTakeFirst();
  return row?.locked_until ?? null;
}

/** Counts one more consecutive failure in a single statement, so parallel guesses cannot undercount. */
export async function countFailure(db: Executor, email: string, now: Date): Promise<number> {
  const at = now.toISOString();
  const row = await db
    .insertInto('login_throttle')
    .values({ email, failures: 1, locked_until: null, last_failure_at: at })
    .onConflict((oc) =>
      oc.column('email').doUpdateSet({ failures: sql<number>`login_throttle.failures + 1`, last_failure_at: at }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

export async function lockUntil(db: Executor, email: string, until: Date): Promise<void> {
  await db.updateTable('login_throttle').set({ locked_until: until.toISOString() }).where('email', '=', email).execute();
}

export async function clearFailures(db: Executor, email: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('email', '=', email).execute();
}
