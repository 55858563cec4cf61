import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { PROJECT_ROOT } from '../config';
import { openDatabase, sqliteFile } from './database';
import type { Db } from './schema';

// SQLite by nature: the app connection leaves checkpoints to the worker thread, so committed pages
// reach the database file without any request paying for it.

let dir: string;
let db: Db;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qs-wal-'));
  db = openDatabase({ dataDir: dir, databaseUrl: undefined }).db;
});
afterEach(async () => {
  await db.destroy();
  await rm(dir, { recursive: true, force: true });
});

describe('WAL checkpoints in a worker thread', () => {
  it('copies committed pages into the database file while the app connection only appends to the log', async () => {
    await sql`create table filler (body text not null)`.execute(db);
    const before = statSync(sqliteFile(dir)).size;
    // About 4 MiB: far below the app connection's own threshold, so only the worker can copy it.
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < 64; i++) await sql`insert into filler (body) values (${'x'.repeat(64 * 1024)})`.execute(trx);
    });
    expect(statSync(sqliteFile(dir)).size).toBe(before);
    let size = before;
    for (let polls = 0; polls < 200 && size < before + 4_000_000; polls++) {
      await sleep(50);
      size = statSync(sqliteFile(dir)).size;
    }
    expect(size).toBeGreaterThan(before + 4_000_000);
  });
});

describe('closing', () => {
  // CI once failed removing a test's folder: the worker, still starting when the app closed, opened
  // the database afterwards and created its -wal and -shm files while rm was emptying the folder.
  it('resolves destroy only when the worker has ended: no file of the database is left open', async () => {
    const own = await mkdtemp(path.join(tmpdir(), 'qs-wal-close-'));
    try {
      const opened = openDatabase({ dataDir: own, databaseUrl: undefined }).db;
      await sql`create table filler (body text not null)`.execute(opened);
      const before = statSync(sqliteFile(own)).size;
      await sql`insert into filler (body) values (${'x'.repeat(256 * 1024)})`.execute(opened);
      // Only the worker copies the log into the file: once it grew, the worker's connection is open.
      for (let polls = 0; polls < 200 && statSync(sqliteFile(own)).size === before; polls++) await sleep(50);
      expect(statSync(sqliteFile(own)).size).toBeGreaterThan(before);
      await opened.destroy();
      // The last connection to close removes the log and its index; the worker's is the last.
      expect(readdirSync(own)).toEqual([path.basename(sqliteFile(own))]);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });
});

describe('closing a database that never ran a query', () => {
  // Kysely's destroy skips its driver when no query ever ran: the app's connection stayed open and the
  // worker was never told to stop, so its files stayed (a test's folder could not be removed: ENOTEMPTY).
  it('closes the connection and ends the worker all the same', async () => {
    const own = await mkdtemp(path.join(tmpdir(), 'qs-wal-unused-'));
    try {
      const opened = openDatabase({ dataDir: own, databaseUrl: undefined }).db;
      await opened.destroy();
      // A worker left running opens the database once it has started (its -wal and -shm files appear then and
      // stay): watch the folder for longer than a worker takes to start.
      for (let polls = 0; polls < 20; polls++) {
        expect(readdirSync(own)).toEqual([path.basename(sqliteFile(own))]);
        await sleep(50);
      }
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });
});

describe('the checkpoint worker and the process', () => {
  // Under the tsx CLI (how `npm run serve` starts): a 'message' listener added after unref() made
  // the worker keep the whole process alive.
  it('never keeps alive a process that opened a database and never closed it', async () => {
    const script = path.join(dir, 'open-and-forget.mts');
    const database = JSON.stringify(path.join(PROJECT_ROOT, 'src', 'server', 'db', 'database.ts'));
    await writeFile(script, `const { openDatabase } = await import(${database});\nopenDatabase({ dataDir: ${JSON.stringify(dir)}, databaseUrl: undefined });\nawait import('node:zlib');\nconsole.log('opened');\n`);
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script], { cwd: PROJECT_ROOT, detached: true });
    // A hanging child (the failure this test is about) must not outlive the test.
    onTestFinished(() => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(out).toContain('opened');
    expect(code).toBe(0);
  }, 60_000);
});
