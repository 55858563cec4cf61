import type { ApiKeyRow, Executor } from '../db/schema';

// Open311 API keys. The table holds a hash of each key (auth/api-key.ts makes and checks keys);
// nothing here ever sees a key itself.

export async function insertApiKey(db: Executor, row: { id: string; name: string; keyHash: string; createdAt: string }): Promise<void> {
  await db
    .insertInto('api_keys')
    .values({ id: row.id, name: row.name, key_hash: row.keyHash, created_at: row.createdAt, revoked_at: null, last_used_on: null })
    .execute();
}

/** Oldest first, revoked ones included (they stay for the record). */
export async function listApiKeys(db: Executor): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id').execute();
}

export async function findApiKeyByHash(db: Executor, keyHash: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
}

/** The key a name or id points at: the active one of that name, or that id (revoked or not). */
export async function findApiKey(db: Executor, ref: { name: string } | { id: string }): Promise<ApiKeyRow | undefined> {
  const query = db.selectFrom('api_keys').selectAll();
  if ('id' in ref) return query.where('id', '=', ref.id).executeTakeFirst();
  return query.where('name', '=', ref.name).where('revoked_at', 'is', null).executeTakeFirst();
}

/** False when it was revoked already (or is unknown). */
export async function revokeApiKey(db: Executor, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records the day of use; writes only on the first use of a day. */
export async function touchApiKey(db: Executor, id: string, day: string): Promise<void> {
  await db
    .updateTable('api_keys')
    .set({ last_used_on: day })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_on', 'is', null), eb('last_used_on', '<>', day)]))
    .execute();
}
