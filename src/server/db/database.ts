import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import type { Config } from '../config';
import type { Database, DialectName } from './schema';
import { migrationProvider } from './migrations';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startCheckpointer } from './wal-checkpointer';

/** The connections behind the Kysely instance, for the metrics (http/metrics.ts). */
export interface PoolStats {
  /** Connections the pool may open. */
  max: number;
  /** Connections open now, idle ones included. */
  open: number;
  /** Open connections no query holds. */
  idle: number;
  /** Queries waiting for a connection: above 0 for long, the pool (or the database) is the bottleneck. */
  waiting: number;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  poolStats: () => PoolStats;
}

export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, 'quartiersstimme.sqlite');
}

export function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'pgPoolSize'>>): OpenDatabase {
  if (config.databaseUrl) {
    const max = config.pgPoolSize ?? 10;
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max });
    // An idle connection the server ends (restart, failover, admin) is reported here; without a
    // listener it would crash the process. The pool opens a fresh connection for the next query.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    // A connection that ends while a query holds it emits 'error' on the client too, and the pool
    // listens only to idle ones: the query fails (its request answers 500/503), the process must not.
    pool.on('connect', (client) => client.on('error', () => undefined));
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
      poolStats: () => ({ max, open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    };
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
  const database = withStatementCache(sqlite);
  return {
    db: endingWith(new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), async () => {
      // The app's connection first: the last connection to close removes the log and its index, and the
      // worker's is to be the last.
      if (sqlite.open) sqlite.close();
      await checkpointer.stop();
    }),
    dialect: 'sqlite',
    // One connection in this process (the checkpointer's own is not the app's), which Kysely's SQLite
    // driver lends to one query at a time; the queue in front of it is not visible, so waiting stays 0.
    poolStats: () => ({ max: 1, open: sqlite.open ? 1 : 0, idle: sqlite.open ? 1 : 0, waiting: 0 }),
  };
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

/**
 * `db.destroy()` that also ends what Kysely does not know of, and always. Kysely's destroy skips its driver when
 * no query ever ran (the SQLite connection stayed open then), and its SQLite driver waits for nothing else:
 * here the connection is closed and the checkpoint worker's end awaited, so that once destroy resolves no
 * thread of this database touches its files any more (a test removing its folder, a restore replacing the file).
 */
function endingWith(db: Kysely<Database>, end: () => Promise<void>): Kysely<Database> {
  const destroy = db.destroy.bind(db);
  db.destroy = async () => {
    await destroy();
    await end();
  };
  return db;
}

const STATEMENT_CACHE_SIZE = 300;

/**
 * Kysely prepares every query anew; with a handful of statements per stored item, preparing was a
 * large share of a batch's time (bench/outbox-drain). The same SQL text reuses its statement. Safe
 * because Kysely runs one query at a time on the single SQLite connection and we never stream.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
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
