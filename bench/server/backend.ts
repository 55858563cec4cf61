import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { findPostgresBin, startCluster, type Cluster } from '../../src/server/test/postgres-cluster';

/*
 * The two databases the server bench runs on, each fresh: SQLite in a temp DATA_DIR (the app's own
 * pragmas: WAL, synchronous=NORMAL), and a throwaway PostgreSQL cluster on 127.0.0.1 with its
 * crash-safe defaults (fsync and synchronous_commit on). `insert` writes items straight into the
 * tables with plain multi-row INSERTs in one transaction per call: the floor for the HTTP ingest,
 * and the fast way to fill a quarter for the feed.
 */

export interface RawItem {
  id: string;
  kind: 'feedback' | 'proposal';
  quarterId: string;
  topicId: string;
  payload: string;
  searchText: string;
  receipt: string;
  moderation: 'pending' | 'published' | null;
  receivedAt: string;
}

export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** What the server needs to open this database. */
  env: Record<string, string>;
  description: string;
  /** One transaction: the items and their first history entry. */
  insert(items: readonly RawItem[]): Promise<void>;
  exec(statement: string): Promise<void>;
  /** The database's own account of a query: SQLite's query plan, PostgreSQL's executed plan with buffers. */
  explain(statement: string, parameters: readonly unknown[]): Promise<string[]>;
  close(): Promise<void>;
}

const ITEM_COLUMNS = ['id', 'kind', 'quarter_id', 'topic_id', 'content_hash', 'payload', 'contact', 'search_text', 'receipt', 'status', 'moderation', 'public_response', 'created_at', 'received_at', 'updated_at'];
const HISTORY_COLUMNS = ['submission_id', 'at', 'status', 'moderation'];

const itemValues = (i: RawItem) => [i.id, i.kind, i.quarterId, i.topicId, 'bench', i.payload, null, i.searchText, i.receipt, 'received', i.moderation, null, i.receivedAt, i.receivedAt, i.receivedAt];
const historyValues = (i: RawItem) => [i.id, i.receivedAt, 'received', i.moderation];

function insertSql(table: string, columns: string[], rows: number, placeholder: (n: number) => string): string {
  let n = 0;
  const tuple = () => `(${columns.map(() => placeholder(++n)).join(', ')})`;
  return `insert into ${table} (${columns.join(', ')}) values ${Array.from({ length: rows }, tuple).join(', ')}`;
}

export async function sqliteBackend(): Promise<Backend> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'qs-bench-sqlite-'));
  let db: SQLite.Database | undefined;
  // The server creates and migrates the file; the raw connection opens it on first use.
  const open = () => {
    db ??= new SQLite(path.join(dataDir, 'quartiersstimme.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    return db;
  };
  return {
    name: 'SQLite',
    env: { DATA_DIR: dataDir },
    description: 'SQLite (better-sqlite3, WAL, synchronous=NORMAL)',
    async insert(items) {
      const sqlite = open();
      const items$ = sqlite.prepare(insertSql('submissions', ITEM_COLUMNS, items.length, () => '?'));
      const history$ = sqlite.prepare(insertSql('submission_history', HISTORY_COLUMNS, items.length, () => '?'));
      sqlite.transaction(() => {
        items$.run(items.flatMap(itemValues));
        history$.run(items.flatMap(historyValues));
      })();
    },
    async exec(statement) {
      open().exec(statement);
    },
    async explain(statement, parameters) {
      const rows = open().prepare(`explain query plan ${statement}`).all(...parameters) as Array<{ detail: string }>;
      return rows.map((row) => row.detail);
    },
    async close() {
      db?.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function postgresBackend(): Promise<Backend | string> {
  const bin = findPostgresBin();
  if (!bin) return 'no PostgreSQL server binaries (apt-get install postgresql)';
  const cluster: Cluster = await startCluster(bin, { durable: true });
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE qs_bench');
  await admin.end();
  const url = cluster.adminUrl.replace(/\/postgres$/, '/qs_bench');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const version = (await client.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?';
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: url },
    description: `PostgreSQL ${version} (throwaway cluster on 127.0.0.1, fsync=on, synchronous_commit=on)`,
    async insert(items) {
      await client.query('begin');
      try {
        await client.query(insertSql('submissions', ITEM_COLUMNS, items.length, (n) => `$${n}`), items.flatMap(itemValues));
        await client.query(insertSql('submission_history', HISTORY_COLUMNS, items.length, (n) => `$${n}`), items.flatMap(historyValues));
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
    async exec(statement) {
      await client.query(statement);
    },
    async explain(statement, parameters) {
      const result = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${statement}`, [...parameters]);
      return result.rows.map((row) => row['QUERY PLAN']);
    },
    async close() {
      await client.end();
      cluster.stop();
    },
  };
}
