import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { Database } from '../../src/server/db/schema';
import { feedQuery } from '../../src/server/repositories/feed';
import type { FeedSort } from '../../src/shared/feed';
import type { Backend } from './backend';

/*
 * What each database does for a feed page, asked of the database itself: timings on a shared
 * machine wobble, the plan does not. The query is the server's own (repositories/feed.ts), compiled
 * for the backend's dialect without a connection. PostgreSQL runs it (EXPLAIN ANALYZE) and counts
 * the buffers it touched, which must not grow with the quarter's unpublished items; SQLite names the
 * index it searches and whether it has to sort afterwards (a temporary B-tree).
 */

function compiler(backend: Backend): Kysely<Database> {
  const postgres = backend.name === 'PostgreSQL';
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => (postgres ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => (postgres ? new PostgresIntrospector(db) : new SqliteIntrospector(db)),
      createQueryCompiler: () => (postgres ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
  });
}

export interface FeedPlan {
  /** PostgreSQL: shared buffers hit or read by the whole query; SQLite: undefined. */
  buffers?: number;
  /** The index the plan uses, or "none". */
  index: string;
  /** True when the rows are sorted after the search (no index gives the order). */
  sorts: boolean;
}

export async function feedPlan(backend: Backend, quarterId: string, sort: FeedSort): Promise<FeedPlan> {
  const db = compiler(backend);
  const compiled = feedQuery(db, quarterId, sort, undefined, 21).compile();
  await db.destroy();
  const lines = await backend.explain(compiled.sql, compiled.parameters);
  const text = lines.join('\n');
  const index = /(?:USING (?:COVERING )?INDEX|using) (\w+)/.exec(text)?.[1] ?? 'none';
  if (backend.name === 'SQLite') return { index, sorts: /TEMP B-TREE/.test(text) };
  const top = /Buffers: shared (?:hit=(\d+))?\s*(?:read=(\d+))?/.exec(text);
  return { buffers: Number(top?.[1] ?? 0) + Number(top?.[2] ?? 0), index, sorts: /\bSort\b/.test(text) };
}
