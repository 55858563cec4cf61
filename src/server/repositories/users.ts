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
    disabled_at: null,
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

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface UserWithQuarters extends UserRow {
  quarterIds: string[];
}

/** Every account with its quarters, by e-mail: two queries, not one per user. */
export async function listUsers(db: Executor): Promise<UserWithQuarters[]> {
  const users = await db.selectFrom('users').selectAll().orderBy('email').execute();
  const links = await db.selectFrom('user_quarters').select(['user_id', 'quarter_id']).orderBy('quarter_id').execute();
  const byUser = new Map<string, string[]>();
  for (const link of links) byUser.set(link.user_id, [...(byUser.get(link.user_id) ?? []), link.quarter_id]);
  return users.map((user) => ({ ...user, quarterIds: byUser.get(user.id) ?? [] }));
}

export interface UserChanges {
  passwordHash?: string;
  role?: Role;
  /** Replaces the whole list. */
  quarterIds?: readonly string[];
  disabled?: boolean;
}

/** Call inside a transaction, so the row and its quarters change together. */
export async function updateUser(db: Executor, id: string, changes: UserChanges, now: Date = new Date()): Promise<void> {
  const set: { password_hash?: string; role?: Role; disabled_at?: string | null } = {};
  if (changes.passwordHash !== undefined) set.password_hash = changes.passwordHash;
  if (changes.role !== undefined) set.role = changes.role;
  if (changes.disabled !== undefined) set.disabled_at = changes.disabled ? now.toISOString() : null;
  if (Object.keys(set).length > 0) await db.updateTable('users').set(set).where('id', '=', id).execute();
  if (changes.quarterIds !== undefined) {
    // Replacing the list is delete-then-insert. Two replacements of one user's list at once would
    // both insert into an emptied list and clash on the key (PostgreSQL; SQLite writes one at a
    // time). Touching the user row first makes the second wait for the first to commit.
    await db.updateTable('users').set((eb) => ({ id: eb.ref('id') })).where('id', '=', id).execute();
    await db.deleteFrom('user_quarters').where('user_id', '=', id).execute();
    const quarterIds = [...new Set(changes.quarterIds)];
    if (quarterIds.length > 0) {
      await db
        .insertInto('user_quarters')
        .values(quarterIds.map((quarter_id) => ({ user_id: id, quarter_id })))
        .execute();
    }
  }
}
