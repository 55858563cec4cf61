import { openSync, readSync, closeSync, existsSync } from 'node:fs';

/** A backup or restore that cannot go ahead, with a message saying why and what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export interface BackupSummary {
  items: number;
  photos: number;
  users: number;
  auditEntries: number;
}

/**
 * State that belongs to a running installation, not to its data: sessions (a restored system starts
 * with everyone logged out), login failure counters and rate-limit windows. Never carried over.
 */
export const SESSION_STATE_TABLES = ['sessions', 'login_throttle', 'rate_limits'] as const;

/** The first bytes of a file, to tell an SQLite file from a pg_dump archive. */
export function readHeader(file: string): string {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}
