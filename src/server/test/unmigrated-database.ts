import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase } from '../db/database';
import type { Db, DialectName } from '../db/schema';
import { createTestDatabase } from './postgres-database';

/**
 * For migration tests: each test gets an empty database of the project's backend (a SQLite file in a
 * temp folder, or a database of its own on the test PostgreSQL) and migrates it as far as it needs.
 */
export function useUnmigratedDatabase(): { readonly db: Db; readonly dialect: DialectName } {
  let state: { db: Db; dialect: DialectName; dir: string; drop?: () => Promise<void> } | undefined;
  beforeEach(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qs-migrate-'));
    const postgres = await createTestDatabase();
    state = { ...openDatabase({ dataDir: dir, databaseUrl: postgres?.url }), dir, drop: postgres?.drop };
  });
  afterEach(async () => {
    await state?.db.destroy();
    await state?.drop?.();
    if (state) await rm(state.dir, { recursive: true, force: true });
    state = undefined;
  });
  const current = () => {
    if (!state) throw new Error('useUnmigratedDatabase: only inside a test');
    return state;
  };
  return {
    get db() {
      return current().db;
    },
    get dialect() {
      return current().dialect;
    },
  };
}
