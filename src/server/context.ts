import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Catalog } from './catalog/catalog';
import { loadSeeds } from './catalog/load-seeds';
import { PROJECT_ROOT, type Config } from './config';
import { migrateToLatest, openDatabase } from './db/database';
import type { Db, DialectName } from './db/schema';
import { createMetrics, type Metrics, type PoolStats } from './http/metrics';
import { importSeedsOnce } from './repositories/directory-content';

// What every route needs, made once at start: the migrated database, the checked data pack and the
// version. Routes get it passed in; there are no module-level singletons.

export interface AppContext {
  config: Config;
  db: Db;
  dialect: DialectName;
  catalog: Catalog;
  version: string;
  /** Prometheus instruments; served only when METRICS_PORT or METRICS_TOKEN is set. */
  metrics: Metrics;
  /** The database's connections now (PostgreSQL's pool; SQLite's one connection never has a queue). */
  poolStats: () => PoolStats;
}

export async function createContext(config: Config): Promise<AppContext> {
  // Seeds first: a broken data pack should stop the start before anything touches the database.
  const catalog = await loadSeeds(config.seedsDir, config.seed);
  const { db, dialect, poolStats } = openDatabase(config);
  try {
    await migrateToLatest(db, dialect);
    // Centres and opportunities become editable content: the seeds fill the tables on the first start only.
    await db.transaction().execute((trx) => importSeedsOnce(trx, catalog));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { config, db, dialect, catalog, version: readVersion(), metrics: createMetrics(poolStats), poolStats };
}

let version: string | undefined;

function readVersion(): string {
  version ??= z
    .object({ version: z.string() })
    .parse(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'))).version;
  return version;
}
