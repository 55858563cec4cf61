import { statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { BackupError, type BackupSummary } from '../db/backup-common';
import { backupPostgres, describeCommand, onPath, pgDumpCommand, pgRestoreCommand, restorePostgres } from '../db/backup-postgres';
import { backupSqlite, restoreSqlite } from '../db/backup-sqlite';

// `npm run admin -- backup FILE` and `restore FILE` (README: "Backup and restore"). They open the
// database themselves — no seeds, no migrations — so a backup never changes what it copies.

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The CLI's environment: configuration, and PATH/PG* for pg_dump and pg_restore. */
  env: Record<string, string | undefined>;
}

/** Exit code: 0 done, 1 refused or failed (with the reason). */
export async function runBackupCommand(command: 'backup' | 'restore', file: string, config: Config, io: Output): Promise<number> {
  const target = path.resolve(file);
  try {
    if (config.databaseUrl) return await onPostgres(command, target, config.databaseUrl, io);
    if (command === 'backup') {
      const summary = await backupSqlite(config.dataDir, target);
      io.out(`Backup written to ${target} (${size(target)}): ${describe(summary)}. Sessions are not in it.`);
    } else {
      const summary = await restoreSqlite(target, config.dataDir);
      io.out(`Restored into ${config.dataDir}: ${describe(summary)}. Everyone logs in again. Start the server with DATA_DIR=${config.dataDir}.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(`Error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function onPostgres(command: 'backup' | 'restore', file: string, databaseUrl: string, io: Output): Promise<number> {
  const pgCommand = command === 'backup' ? pgDumpCommand(databaseUrl, file) : pgRestoreCommand(databaseUrl, file);
  if (!onPath(pgCommand.program, io.env)) {
    io.err(`${pgCommand.program} is not on PATH (Debian: apt-get install postgresql-client, the same major version as the server or newer).`);
    io.err(`Run it yourself with the password of DATABASE_URL in PGPASSWORD:\n  ${describeCommand(pgCommand)}`);
    if (command === 'restore') io.err('into an empty database, then: DELETE FROM sessions; (a restored system starts with everyone logged out)');
    return 1;
  }
  if (command === 'backup') {
    await backupPostgres(databaseUrl, file, io.env);
    io.out(`Backup written to ${file} (${size(file)}) with ${pgCommand.program} (custom format). Sessions are not in it.`);
  } else {
    const summary = await restorePostgres(file, databaseUrl, io.env);
    io.out(`Restored into the database of DATABASE_URL: ${describe(summary)}. Everyone logs in again.`);
  }
  return 0;
}

function describe(summary: BackupSummary): string {
  return `${summary.items} items, ${summary.photos} photos, ${summary.users} users, ${summary.auditEntries} audit entries`;
}

function size(file: string): string {
  const bytes = statSync(file).size;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
