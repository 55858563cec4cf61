import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCredentials } from '../auth/login';
import { PROJECT_ROOT } from '../config';
import { migrateToLatest, openDatabase } from '../db/database';
import { listUsers } from '../repositories/users';
import { runAdmin } from './admin';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qs-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function admin(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAdmin(args, { out: (l) => (out += `${l}\n`), err: (l) => (err += `${l}\n`), env: { DATA_DIR: dir } });
  return { code, out, err };
}

async function withDb<T>(use: (db: ReturnType<typeof openDatabase>['db']) => Promise<T>): Promise<T> {
  const { db, dialect } = openDatabase({ dataDir: dir, databaseUrl: undefined });
  try {
    await migrateToLatest(db, dialect);
    return await use(db);
  } finally {
    await db.destroy();
  }
}

describe('npm run admin', () => {
  it('adds a manager with a generated password printed once, and lists users', async () => {
    const added = await admin('add', '--email', 'Ute@Example.org', '--role', 'manager', '--quarters', 'erfurt-42-kuehnhausen, erfurt-41-tiefthal');
    expect(added.code).toBe(0);
    const password = added.out.match(/Password \(shown once\): (\S+)/)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    await withDb(async (db) => expect((await checkCredentials(db, 'ute@example.org', password)).role).toBe('manager'));
    const list = await admin('list');
    expect(list.out).toBe('ute@example.org\tmanager\tactive\terfurt-41-tiefthal,erfurt-42-kuehnhausen\n');
  });

  it('sets passwords, assigns quarters, disables (ending sessions) and enables', async () => {
    expect((await admin('add', '--email', 'a@example.org', '--role', 'admin', '--password', 'given password 1')).out).not.toContain('Password');
    expect((await admin('set-password', '--email', 'a@example.org', '--password', 'second password')).code).toBe(0);
    expect((await admin('assign', '--email', 'a@example.org', '--quarters', 'erfurt-42-kuehnhausen')).code).toBe(0);
    await withDb(async (db) => {
      await db.insertInto('sessions').values({ id: 'x', user_id: (await listUsers(db))[0]?.id ?? '', csrf_token: 'c', created_at: '2025-01-01', expires_at: '2999-01-01' }).execute();
    });
    expect((await admin('disable', '--email', 'a@example.org')).code).toBe(0);
    await withDb(async (db) => {
      expect(await db.selectFrom('sessions').selectAll().execute()).toEqual([]);
      await expect(checkCredentials(db, 'a@example.org', 'second password')).rejects.toMatchObject({ statusCode: 401 });
    });
    expect((await admin('list')).out).toContain('a@example.org\tadmin\tdisabled\terfurt-42-kuehnhausen');
    expect((await admin('enable', '--email', 'a@example.org')).code).toBe(0);
    await withDb(async (db) => expect((await checkCredentials(db, 'a@example.org', 'second password')).role).toBe('admin'));
  });

  it('explains wrong usage (exit 2) and failures (exit 1)', async () => {
    const none = await admin();
    expect(none.code).toBe(2);
    expect(none.err).toContain('Usage: npm run admin');
    expect((await admin('frobnicate')).code).toBe(2);
    expect((await admin('add', '--email', 'x@example.org')).err).toContain('--role is required');
    expect((await admin('add', '--nope')).code).toBe(2);
    const quarter = await admin('add', '--email', 'x@example.org', '--role', 'manager', '--quarters', 'atlantis');
    expect(quarter).toMatchObject({ code: 1, err: expect.stringContaining('Unknown quarter(s): atlantis') });
    expect((await admin('add', '--email', 'x@example.org', '--role', 'boss')).code).toBe(1);
    expect((await admin('add', '--email', 'x@example.org', '--role', 'manager', '--password', 'short')).err).toContain('password');
    expect((await admin('disable', '--email', 'ghost@example.org')).err).toContain('No user ghost@example.org');
    expect((await admin('--help')).code).toBe(0);
  });

  it('runs as a script with an exit code', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'server', 'cli', 'admin.ts'), 'disable', '--email', 'ghost@example.org'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATA_DIR: dir },
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toContain('No user ghost@example.org');
  }, 60_000);
});
