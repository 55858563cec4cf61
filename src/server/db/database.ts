import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import type { Config } from '../config';
import type { Database, DialectName } from './schema';
import { migrationProvider } from './migrations';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startCheckpointer } from './wal-checkpointer';

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
}

export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, 'quartiersstimme.sqlite');
}

export function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'pgPoolSize'>>): OpenDatabase {
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.pgPoolSize ?? 10 });
    // An idle connection the server ends (restart, failover, admin) is reported here; without a
    // listener it would crash the process. The pool opens a fresh connection for the next query.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const file = sqliteFile(config.dataDir);
  const sqlite = new SQLite(file);
  // WAL + NORMAL: a crash can lose the last commits only on power loss, never corrupt the file, and
  // single-row transactions stay cheap (STACK.md). SQLite leaves foreign keys off unless asked.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Checkpoints (the only fsyncs) run in a worker thread, off the event loop (wal-checkpointer.ts).
  sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  const checkpointer = startCheckpointer(file, (message) => console.error(`SQLite checkpoint failed: ${message}`));
  const database = withStatementCache(sqlite, () => checkpointer.stop());
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), dialect: 'sqlite' };
}

export async function migrateToLatest(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Database migration failed${name}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

const STATEMENT_CACHE_SIZE = 300;

/**
 * Kysely prepares every query anew; with a handful of statements per stored item, preparing was a
 * large share of a batch's time (bench/outbox-drain). The same SQL text reuses its statement. Safe
 * because Kysely runs one query at a time on the single SQLite connection and we never stream.
 */
function withStatementCache(sqlite: SQLite.Database, afterClose: () => void) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      sqlite.close();
      afterClose();
    },
    prepare(sql: string): SQLite.Statement {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        // Queries with IN lists vary in text; keep the cache bounded, dropping the oldest entry.
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
