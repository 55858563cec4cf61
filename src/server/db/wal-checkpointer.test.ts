import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
