import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkApiKey } from '../auth/api-key';
import { hashToken } from '../auth/session';
import { migrateToLatest, openDatabase } from '../db/database';
import { createTestDatabase } from '../test/postgres-database';
import { runAdmin } from './admin';

// `npm run admin -- api-key …` against a real database (SQLite here, PostgreSQL in that project).

let dir: string;
let postgres: Awaited<ReturnType<typeof createTestDatabase>>;
let env: Record<string, string>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qs-api-key-'));
  postgres = await createTestDatabase();
  env = { DATA_DIR: dir, ...(postgres ? { DATABASE_URL: postgres.url } : {}) };
});
afterEach(async () => {
  await postgres?.drop();
  await rm(dir, { recursive: true, force: true });
});

async function admin(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAdmin(args, { out: (l) => (out += `${l}\n`), err: (l) => (err += `${l}\n`), env });
  return { code, out, err };
}

async function withDb<T>(use: (db: ReturnType<typeof openDatabase>['db']) => Promise<T>): Promise<T> {
  const { db, dialect } = openDatabase({ dataDir: dir, databaseUrl: postgres?.url });
  try {
    await migrateToLatest(db, dialect);
    return await use(db);
  } finally {
    await db.destroy();
  }
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

describe('npm run admin -- api-key', () => {
  it('creates a key printed as the last line, stores only its hash, and lists names, never keys', async () => {
    const created = await admin('api-key', 'create', '--name', 'Bürgerservice Erfurt');
    expect(created.code).toBe(0);
    expect(created.out.endsWith('\n')).toBe(true);
    const key = lastLine(created.out);
    expect(key).toMatch(/^qs311_[A-Za-z0-9_-]{43}$/);
    expect(created.out.split('\n').filter(Boolean)).toHaveLength(2);
    await withDb(async (db) => {
      const rows = await db.selectFrom('api_keys').selectAll().execute();
      expect(rows).toEqual([expect.objectContaining({ name: 'Bürgerservice Erfurt', key_hash: hashToken(key), revoked_at: null, last_used_on: null })]);
      expect(JSON.stringify(rows)).not.toContain(key);
      expect(await checkApiKey(db, key, new Date('2026-12-06T10:00:00Z'))).toMatchObject({ name: 'Bürgerservice Erfurt' });
      const audit = await db.selectFrom('audit_log').select(['action', 'detail']).where('action', 'like', 'api_key%').execute();
      expect(audit).toEqual([{ action: 'api_key_created', detail: JSON.stringify({ name: 'Bürgerservice Erfurt', by: 'cli' }) }]);
    });
    const list = await admin('api-key', 'list');
    expect(list.code).toBe(0);
    expect(list.out).toContain('Bürgerservice Erfurt\t');
    // The day of last use, no time and no address.
    expect(list.out).toMatch(/\t2026-12-06\n$/);
    expect(list.out).not.toContain(key);
  });

  it('revokes by name or id: the key is refused from then on, and the name is free again', async () => {
    const first = lastLine((await admin('api-key', 'create', '--name', 'Altsystem')).out);
    expect((await admin('api-key', 'create', '--name', 'Altsystem')).err).toContain('An active key named "Altsystem" exists already');
    const revoked = await admin('api-key', 'revoke', '--name', 'Altsystem');
    expect(revoked).toMatchObject({ code: 0, out: expect.stringContaining('Revoked API key "Altsystem"') });
    await withDb((db) => expect(checkApiKey(db, first)).rejects.toMatchObject({ statusCode: 403, message: expect.stringContaining('revoked') }));

    const second = lastLine((await admin('api-key', 'create', '--name', 'Altsystem')).out);
    await withDb(async (db) => expect((await checkApiKey(db, second)).name).toBe('Altsystem'));
    const id = (await admin('api-key', 'list')).out.split('\n').find((line) => line.startsWith('Altsystem\t') && line.split('\t')[3] === '-')?.split('\t')[1] ?? '';
    expect((await admin('api-key', 'revoke', '--id', id)).code).toBe(0);
    expect(await admin('api-key', 'revoke', '--id', id)).toMatchObject({ code: 1, err: expect.stringContaining('revoked already') });
    await withDb((db) => expect(checkApiKey(db, second)).rejects.toMatchObject({ statusCode: 403 }));
    expect((await admin('api-key', 'list')).out.split('\n').filter((line) => line.startsWith('Altsystem\t') && line.split('\t')[3] !== '-')).toHaveLength(2);
  });

  it('explains wrong usage (exit 2) and failures (exit 1)', async () => {
    expect(await admin('api-key')).toMatchObject({ code: 2, err: expect.stringContaining('api-key create --name') });
    expect((await admin('api-key', 'create')).err).toContain('--name is required');
    expect((await admin('api-key', 'create', '--name', 'a', '--email', 'x')).code).toBe(2);
    expect((await admin('api-key', 'revoke')).code).toBe(2);
    expect((await admin('api-key', 'revoke', '--name', 'a', '--id', 'b')).code).toBe(2);
    expect((await admin('api-key', 'rotate')).code).toBe(2);
    expect(await admin('api-key', 'create', '--name', '  ')).toMatchObject({ code: 1, err: expect.stringContaining('must not be empty') });
    expect(await admin('api-key', 'revoke', '--name', 'Niemand')).toMatchObject({ code: 1, err: expect.stringContaining('No active key named "Niemand"') });
    expect((await admin('api-key', 'list')).out).toContain('No API keys yet');
    expect((await admin('--help')).out).toContain('api-key revoke --name <name> | --id <id>');
  });
});
