import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import SQLite from 'better-sqlite3';
import { sqliteFile } from './database';
import { BackupError, readHeader, SESSION_STATE_TABLES, type BackupSummary } from './backup-common';

// SQLite: the online backup API of better-sqlite3 (sqlite3_backup_*) copies a consistent snapshot
// while the server keeps writing. Session state is dropped from the copy and the copy is vacuumed,
// so the file holds no trace of it; it is written under a temporary name and renamed when complete.

export async function backupSqlite(dataDir: string, file: string): Promise<BackupSummary> {
  const source = sqliteFile(dataDir);
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source} (is DATA_DIR right?)`);
  if (existsSync(file)) throw new BackupError(`${file} exists already: choose a new file name, nothing is overwritten`);
  const partial = `${file}.partial`;
  await rm(partial, { force: true });
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // After the first step, everything that is left in one step: a snapshot that the server's writes
    // cannot restart halfway (in WAL mode the writer is not blocked meanwhile).
    await db.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  const summary = withCopy(partial, (copy) => {
    for (const table of SESSION_STATE_TABLES) copy.prepare(`delete from ${table}`).run();
    copy.exec('vacuum');
    // One self-contained file: no -wal or -shm beside it.
    copy.pragma('journal_mode = DELETE');
    return summarise(copy);
  });
  await rename(partial, file);
  return summary;
}

/** Into an empty (or missing) DATA_DIR only: an existing installation is never overwritten. */
export async function restoreSqlite(file: string, dataDir: string): Promise<BackupSummary> {
  const header = readHeader(file);
  if (header.startsWith('PGDMP')) throw new BackupError(`${file} is a PostgreSQL dump: set DATABASE_URL to restore it into an empty PostgreSQL database`);
  if (!header.startsWith('SQLite format 3')) throw new BackupError(`${file} is not a Quartiersstimme backup (neither SQLite nor a PostgreSQL dump)`);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new BackupError(`DATA_DIR ${dataDir} is not empty: restore only into an empty data directory (move the old one aside first)`);
  }
  const target = sqliteFile(dataDir);
  const partial = `${target}.partial`;
  await mkdir(dataDir, { recursive: true });
  await copyFile(file, partial);
  try {
    const summary = withCopy(partial, (copy) => {
      // A plain file copy of a live database may carry sessions: they are never restored.
      for (const table of SESSION_STATE_TABLES) copy.prepare(`delete from ${table}`).run();
      return summarise(copy);
    });
    await rename(partial, target);
    return summary;
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

function withCopy<T>(file: string, use: (db: SQLite.Database) => T): T {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${file} is damaged: ${String(check)}`);
    const tables = new Set(db.prepare(`select name from sqlite_master where type = 'table'`).pluck().all());
    if (!tables.has('submissions') || !tables.has('kysely_migration')) throw new BackupError(`${file} is not a Quartiersstimme database`);
    return use(db);
  } finally {
    db.close();
  }
}

function summarise(db: SQLite.Database): BackupSummary {
  const count = (table: string) => Number(db.prepare(`select count(*) from ${table}`).pluck().get());
  return { items: count('submissions'), photos: count('media'), users: count('users'), auditEntries: count('audit_log') };
}
