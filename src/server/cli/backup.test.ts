import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { readConfig, type Config } from '../config';
import { createContext } from '../context';
import type { Db } from '../db/schema';
import { createTestDatabase } from '../test/postgres-database';
import { createUser, feedback, interest, proposal, QUARTER_A, QUARTER_B, support } from '../test/factories';
import { json, login, postBatch, startTestApp, writeHeaders, type LoggedIn, type TestApp } from '../test/support';
import { runAdmin } from './admin';

// `npm run admin -- backup` while the app runs and takes writes, then `restore` into an empty data
// directory (SQLite) or an empty database (PostgreSQL project): every row of every table is back,
// sessions are not, and an app started on the restored data serves it.

const TABLES: Record<string, string[]> = {
  submissions: ['id'],
  submission_history: ['id'],
  supports: ['proposal_id', 'supporter_id'],
  media: ['id'],
  submission_media: ['submission_id', 'media_id'],
  users: ['id'],
  user_quarters: ['user_id', 'quarter_id'],
  manager_reads: ['user_id', 'submission_id'],
  audit_log: ['id'],
  centres: ['id'],
  opportunities: ['id'],
  content_versions: ['name'],
  shared_secrets: ['name'],
  kysely_migration: ['name'],
};
type Snapshot = Record<string, Map<string, string>>;

async function snapshot(db: Db): Promise<Snapshot> {
  const result: Snapshot = {};
  for (const [table, key] of Object.entries(TABLES)) {
    const rows = (await db.selectFrom(table as 'users').selectAll().execute()) as unknown as Array<Record<string, unknown>>;
    // Bytes and numbers as text: the same row reads the same from both drivers.
    const text = (row: Record<string, unknown>) => JSON.stringify(Object.entries(row).sort().map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('hex') : v === null ? null : String(v)]));
    result[table] = new Map(rows.map((row) => [key.map((k) => String(row[k])).join(' '), text(row)]));
  }
  return result;
}

const MANAGER = { email: 'manager@example.org', password: 'manager password 1' };
let t: TestApp;
let manager: LoggedIn;
let work: string;
let photoId: string;
const idea = proposal({ quarterId: QUARTER_A });
const voice = feedback({ quarterId: QUARTER_A, visibility: 'public' });

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'qs-backup-'));
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'admin@example.org', password: 'admin password 1', role: 'admin' });
  await createUser(t.ctx.db, { ...MANAGER, role: 'manager', quarterIds: [QUARTER_A, QUARTER_B] });
  manager = await login(t.app, MANAGER.email, MANAGER.password);
  // A failed login leaves a counter behind, which is state, not data.
  await t.app.inject({ method: 'POST', url: '/api/v1/manage/session', payload: { email: MANAGER.email, password: 'wrong' } });

  photoId = randomUUID();
  const photo = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#a37' } }).jpeg().toBuffer();
  expect((await t.app.inject({ method: 'PUT', url: `/api/v1/media/${photoId}`, headers: { 'content-type': 'image/jpeg' }, payload: photo })).statusCode).toBe(201);
  const opportunity = (await t.ctx.db.selectFrom('opportunities').select('id').executeTakeFirstOrThrow()).id;
  const stored = await postBatch(t.app, [idea, { ...voice, mediaIds: [photoId] }, support(idea.id as string), interest({ opportunityId: opportunity })]);
  expect(stored.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);

  const patch = (id: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/manage/submissions/${id}`, headers: writeHeaders(manager), payload });
  expect((await patch(idea.id as string, { moderation: 'published', status: 'in_progress', publicResponse: 'Wir pflanzen im Herbst.' })).statusCode).toBe(200);
  expect((await patch(voice.id as string, { moderation: 'published' })).statusCode).toBe(200);
  // Opening an item marks it read for this manager.
  expect((await t.app.inject({ method: 'GET', url: `/api/v1/manage/submissions/${voice.id as string}`, headers: { cookie: manager.cookie } })).statusCode).toBe(200);

  const admin = await login(t.app, 'admin@example.org', 'admin password 1');
  const centreId = (await t.ctx.db.selectFrom('centres').select('id').executeTakeFirstOrThrow()).id;
  const centre = json<{ entry: Record<string, unknown> }>(await t.app.inject({ method: 'GET', url: `/api/v1/manage/centres/${centreId}`, headers: { cookie: admin.cookie } }));
  const edited = await t.app.inject({ method: 'PUT', url: `/api/v1/manage/centres/${centreId}`, headers: writeHeaders(admin), payload: { ...centre.entry, name: 'Umbenannter Treff' } });
  expect(edited.statusCode).toBe(200);
  expect((await t.app.inject({ method: 'POST', url: `/api/v1/manage/opportunities/${opportunity}/unpublish`, headers: writeHeaders(admin) })).statusCode).toBe(200);
}, 120_000);
afterAll(async () => {
  await t?.close();
  await rm(work, { recursive: true, force: true });
});

async function admin(env: Record<string, string | undefined>, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runAdmin(args, { out: (l) => (out += `${l}\n`), err: (l) => (err += `${l}\n`), env: { ...process.env, ...env } });
  return { code, out, err };
}

const source = (): Record<string, string | undefined> =>
  t.ctx.config.databaseUrl ? { DATABASE_URL: t.ctx.config.databaseUrl } : { DATA_DIR: t.dataDir, DATABASE_URL: undefined };

describe('backup and restore', () => {
  it('round-trips every item, photo, answer, history entry, user, content edit and audit entry — and no session', async () => {
    const before = await snapshot(t.ctx.db);
    expect(before.submission_history?.size).toBeGreaterThanOrEqual(6);
    expect(before.audit_log?.size).toBeGreaterThanOrEqual(4);
    expect(await t.ctx.db.selectFrom('sessions').select('id').execute()).not.toHaveLength(0);

    // The app keeps taking submissions while the backup runs.
    let writing = true;
    const writer = (async () => {
      while (writing) await postBatch(t.app, Array.from({ length: 20 }, () => feedback()));
    })();
    const file = path.join(work, 'quartiersstimme.backup');
    const backup = await admin(source(), 'backup', file);
    writing = false;
    await writer;
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/Backup written to .*quartiersstimme\.backup/);
    const after = await snapshot(t.ctx.db);

    const restoredDir = path.join(work, 'restored');
    const target = await createTestDatabase();
    const restore = await admin(target ? { DATABASE_URL: target.url } : { DATA_DIR: restoredDir, DATABASE_URL: undefined }, 'restore', file);
    expect(restore.err).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/Restored into .*: \d+ items, 1 photos, 2 users, \d+ audit entries/);

    const config: Config = { ...readConfig({}), dataDir: restoredDir, staticDir: path.join(work, 'no-build'), databaseUrl: target?.url };
    const ctx = await createContext(config);
    const restoredApp = await buildApp(config, { context: ctx, logger: false });
    try {
      const restored = await snapshot(ctx.db);
      for (const table of Object.keys(TABLES)) {
        // Everything stored before the backup began is back, unchanged …
        for (const [key, row] of before[table] ?? []) expect(restored[table]?.get(key), `${table} ${key}`).toBe(row);
        // … and nothing is back that the original does not hold (a consistent snapshot of it).
        for (const [key, row] of restored[table] ?? []) expect(after[table]?.get(key), `${table} ${key}`).toBe(row);
      }
      for (const table of ['sessions', 'login_throttle', 'rate_limits'] as const) {
        expect(await ctx.db.selectFrom(table).selectAll().execute(), table).toEqual([]);
      }

      // The app started on the restored data serves it.
      const feed = json<{ items: Array<{ id: string; publicResponse?: string }> }>(await restoredApp.inject({ method: 'GET', url: `/api/v1/quarters/${QUARTER_A}/feed` }));
      expect(feed.items.find((i) => i.id === idea.id)?.publicResponse).toBe('Wir pflanzen im Herbst.');
      const served = await restoredApp.inject({ method: 'GET', url: `/api/v1/media/${photoId}` });
      expect(served.statusCode).toBe(200);
      const original = await t.app.inject({ method: 'GET', url: `/api/v1/media/${photoId}` });
      expect(served.rawPayload.equals(original.rawPayload)).toBe(true);
      // Sessions were left behind: the old cookie is worthless, the password (its hash was restored) works.
      expect((await restoredApp.inject({ method: 'GET', url: '/api/v1/manage/submissions', headers: { cookie: manager.cookie } })).statusCode).toBe(401);
      const again = await login(restoredApp, MANAGER.email, MANAGER.password);
      expect(again.user.quarterIds).toEqual([QUARTER_A, QUARTER_B].sort());
    } finally {
      await restoredApp.close();
      await target?.drop();
    }
  });

  it('refuses to overwrite: an existing backup file, a non-empty data directory or database', async () => {
    const file = path.join(work, 'taken.backup');
    await writeFile(file, 'x');
    const taken = await admin(source(), 'backup', file);
    expect(taken.code).toBe(1);
    expect(taken.err).toMatch(/taken\.backup exists already/);

    const fresh = path.join(work, 'second.backup');
    expect((await admin(source(), 'backup', fresh)).code).toBe(0);
    const occupied = await admin(source(), 'restore', fresh);
    expect(occupied.code).toBe(1);
    expect(occupied.err).toMatch(t.ctx.config.databaseUrl ? /database in DATABASE_URL is not empty/ : /DATA_DIR .* is not empty/);
  });

  it('names the right way when a backup of the other kind is given', async () => {
    const file = path.join(work, 'third.backup');
    expect((await admin(source(), 'backup', file)).code).toBe(0);
    const other = t.ctx.config.databaseUrl
      ? await admin({ DATA_DIR: path.join(work, 'empty'), DATABASE_URL: undefined }, 'restore', file)
      : await admin({ DATABASE_URL: 'postgres://qs@127.0.0.1:1/empty' }, 'restore', file);
    expect(other.code).toBe(1);
    expect(other.err).toMatch(t.ctx.config.databaseUrl ? /is a PostgreSQL dump: set DATABASE_URL/ : /is an SQLite backup: unset DATABASE_URL/);
  });
});

describe('backup without pg_dump on PATH', () => {
  it('prints the exact pg_dump command, with the password left out of it', async () => {
    const result = await admin({ DATABASE_URL: 'postgres://qs:s3cret@db.example.org:5432/quartiersstimme', PATH: '/nonexistent' }, 'backup', '/backups/qs.dump');
    expect(result.code).toBe(1);
    expect(result.err).toContain('pg_dump is not on PATH');
    expect(result.err).toContain(
      'PGPASSWORD=… pg_dump --format=custom --no-owner --no-privileges --exclude-table-data=sessions --exclude-table-data=login_throttle --exclude-table-data=rate_limits --file=/backups/qs.dump --dbname=postgres://qs@db.example.org:5432/quartiersstimme',
    );
    expect(result.err).not.toContain('s3cret');
  });
});
