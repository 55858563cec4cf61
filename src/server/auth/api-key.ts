import { randomBytes, randomUUID } from 'node:crypto';
import type { Db, Executor } from '../db/schema';
import { HttpError } from '../http/http-error';
import { writeAudit } from '../repositories/audit';
import { findApiKey, findApiKeyByHash, insertApiKey, listApiKeys, revokeApiKey, touchApiKey } from '../repositories/api-keys';
import { hashToken } from './session';

// Open311 API keys: 32 random bytes, shown once when made; only their sha256 is stored (like
// session tokens). A key is refused once revoked. Using a key records the day, nothing else.

export const API_KEY_PREFIX = 'qs311_';

export interface ApiKeyInfo {
  id: string;
  name: string;
}

export interface ApiKeyListing extends ApiKeyInfo {
  createdAt: string;
  revokedAt: string | null;
  lastUsedOn: string | null;
}

export async function createApiKey(db: Db, name: string, now: Date = new Date()): Promise<ApiKeyInfo & { key: string }> {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await insertApiKey(trx, { id, name, keyHash: hashToken(key), createdAt: now.toISOString() });
    await writeAudit(trx, { userId: null, action: 'api_key_created', target: `api_key:${id}`, detail: { name, by: 'cli' } }, now);
  });
  return { id, name, key };
}

export async function apiKeys(db: Executor): Promise<ApiKeyListing[]> {
  return (await listApiKeys(db)).map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedOn: row.last_used_on,
  }));
}

/** The active key of that name, or the key with that id; undefined when there is none. */
export async function findKey(db: Executor, ref: { name: string } | { id: string }): Promise<ApiKeyListing | undefined> {
  const row = await findApiKey(db, ref);
  return row && { id: row.id, name: row.name, createdAt: row.created_at, revokedAt: row.revoked_at, lastUsedOn: row.last_used_on };
}

/** False when the key was revoked already. */
export async function revokeKey(db: Db, key: ApiKeyInfo, now: Date = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const revoked = await revokeApiKey(trx, key.id, now.toISOString());
    if (revoked) await writeAudit(trx, { userId: null, action: 'api_key_revoked', target: `api_key:${key.id}`, detail: { name: key.name, by: 'cli' } }, now);
    return revoked;
  });
}

/**
 * The key a request carries, checked: 403 when it is missing, unknown or revoked (the GeoReport v2
 * specification's status for "missing or invalid API key"), each with its own reason.
 */
export async function checkApiKey(db: Db, key: string | undefined, now: Date = new Date()): Promise<ApiKeyInfo> {
  if (key === undefined || key === '') throw new HttpError(403, 'forbidden', 'api_key is missing: POST requests need an API key');
  const row = await findApiKeyByHash(db, hashToken(key));
  if (!row) throw new HttpError(403, 'forbidden', 'Invalid api_key: no such key');
  if (row.revoked_at !== null) throw new HttpError(403, 'forbidden', 'Invalid api_key: this key was revoked');
  const day = now.toISOString().slice(0, 10);
  if (row.last_used_on !== day) await touchApiKey(db, row.id, day);
  return { id: row.id, name: row.name };
}
