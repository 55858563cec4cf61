import { randomUUID } from 'node:crypto';
import type { Executor, Role, UserRow } from '../db/schema';

// E-mail addresses are stored lower-case (the table checks it), so every look-up lower-cases first.

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  // PostgreSQL answers count(*) as a bigint string.
  return Number(row.n);
}

export async function userQuarterIds(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_quarters')
    .select('quarter_id')
    .where('user_id', '=', userId)
    .orderBy('quarter_id')
    .execute();
  return rows.map((r) => r.quarter_id);
}

export interface NewUser {
  email: string;
  passwordHash: string;
  role: Role;
  quarterIds: readonly string[];
}

/** Call inside a transaction: the user and their quarters appear together or not at all. */
export async function insertUser(db: Executor, user: NewUser, now: Date = new Date()): Promise<UserRow> {
  const row: UserRow = {
    id: randomUUID(),
    email: user.email.toLowerCase(),
    password_hash: user.passwordHash,
    role: user.role,
    created_at: now.toISOString(),
  };
  await db.insertInto('users').values(row).execute();
  const quarterIds = [...new Set(user.quarterIds)];
  if (quarterIds.length > 0) {
    await db
      .insertInto('user_quarters')
      .values(quarterIds.map((quarter_id) => ({ user_id: row.id, quarter_id })))
      .execute();
  }
  return row;
}
