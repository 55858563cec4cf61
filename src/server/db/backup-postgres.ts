import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import pg from 'pg';
import { BackupError, readHeader, SESSION_STATE_TABLES, type BackupSummary } from './backup-common';

// PostgreSQL: the documented route is pg_dump's custom format and pg_restore (both in Debian's
// postgresql-client). The dump is a consistent snapshot taken while the servers keep running; the
// data of the session-state tables is left out. The password travels in PGPASSWORD, never on the
// command line where other users of the machine could read it.

export interface PgCommand {
  program: 'pg_dump' | 'pg_restore';
  args: string[];
  /** PGPASSWORD, when the URL carries one. */
  password: string | undefined;
}

export function pgDumpCommand(databaseUrl: string, file: string): PgCommand {
  const { url, password } = splitPassword(databaseUrl);
  const excluded = SESSION_STATE_TABLES.map((table) => `--exclude-table-data=${table}`);
  return { program: 'pg_dump', args: ['--format=custom', '--no-owner', '--no-privileges', ...excluded, `--file=${file}`, `--dbname=${url}`], password };
}

export function pgRestoreCommand(databaseUrl: string, file: string): PgCommand {
  const { url, password } = splitPassword(databaseUrl);
  return { program: 'pg_restore', args: ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, file], password };
}

/** The command as a person would type it, password left out. */
export function describeCommand(command: PgCommand): string {
  const quoted = command.args.map((arg) => (/^[\w./:=@%+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`));
  return `${command.password !== undefined ? 'PGPASSWORD=… ' : ''}${command.program} ${quoted.join(' ')}`;
}

type Env = Record<string, string | undefined>;

export function onPath(program: string, env: Env): boolean {
  return spawnSync(program, ['--version'], { stdio: 'ignore', env }).status === 0;
}

/** Nothing to count: the servers keep writing, and the dump's own contents are only known to pg_restore. */
export async function backupPostgres(databaseUrl: string, file: string, env: Env): Promise<void> {
  if (existsSync(file)) throw new BackupError(`${file} exists already: choose a new file name, nothing is overwritten`);
  const partial = `${file}.partial`;
  await rm(partial, { force: true });
  try {
    await run(pgDumpCommand(databaseUrl, partial), env);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, file);
}

/** Into an empty database only (createdb a new one): an existing installation is never overwritten. */
export async function restorePostgres(file: string, databaseUrl: string, env: Env): Promise<BackupSummary> {
  const header = readHeader(file);
  if (header.startsWith('SQLite format 3')) throw new BackupError(`${file} is an SQLite backup: unset DATABASE_URL and set DATA_DIR to an empty folder to restore it`);
  if (!header.startsWith('PGDMP')) throw new BackupError(`${file} is not a pg_dump archive (custom format) made by "npm run admin -- backup"`);
  const tables = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`);
    return Number(rows[0]?.n ?? 0);
  });
  if (tables > 0) throw new BackupError(`The database in DATABASE_URL is not empty (${tables} tables): restore only into an empty database (createdb a new one)`);
  await run(pgRestoreCommand(databaseUrl, file), env);
  return withClient(databaseUrl, async (client) => {
    // Left out of the dump already; a dump made some other way must not bring sessions either.
    for (const table of SESSION_STATE_TABLES) await client.query(`delete from ${table}`);
    return summarise(client);
  });
}

function run(command: PgCommand, env: Env): Promise<void> {
  return new Promise((resolve, reject) => {
    const withPassword = { ...env, ...(command.password !== undefined ? { PGPASSWORD: command.password } : {}) };
    const child = spawn(command.program, command.args, { env: withPassword, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new BackupError(`${command.program} could not be started: ${error.message}`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new BackupError(`${command.program} failed (exit ${String(code)}): ${stderr.trim()}`))));
  });
}

function splitPassword(databaseUrl: string): { url: string; password: string | undefined } {
  const url = new URL(databaseUrl);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = '';
  return { url: url.toString(), password };
}

async function withClient<T>(databaseUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function summarise(client: pg.Client): Promise<BackupSummary> {
  const count = async (table: string) => Number((await client.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]?.n ?? 0);
  return { items: await count('submissions'), photos: await count('media'), users: await count('users'), auditEntries: await count('audit_log') };
}
