import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ManageApi } from './manage-api';

/** The submitter's view of one item (DESIGN §4, `GET /api/v1/submissions/{id}`). */
export interface SubmitterView {
  status: string;
  receipt: string;
  [field: string]: unknown;
}

const SQLITE_FILE = /\.(sqlite3?|db)$/;

/**
 * What the server really stored, three ways: the manager inbox (the contract other tools rely on), the submitter's
 * capability URL (gives the receipt), and the SQLite file itself (ground truth for "exactly once": the table cannot
 * hide a duplicate the way a de-duplicating list query could).
 */
export class SubmissionsView {
  private manage: Promise<ManageApi> | undefined;

  constructor(
    private readonly serverUrl: string,
    private readonly dataDir: string,
  ) {}

  /** Occurrences of `id` in the manager inbox. */
  async countInInbox(id: string): Promise<number> {
    this.manage ??= ManageApi.login(this.serverUrl);
    return (await this.manage).countById(id);
  }

  /** Rows with this id in the `submissions` table, read from the SQLite file read-only. */
  countRows(id: string): number {
    const file = this.sqliteFile();
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE id = ?').get(id) as { n: number };
      return row.n;
    } finally {
      db.close();
    }
  }

  /**
   * Rows per id for many ids at once (ids the server does not have are missing from the map), and the rows whose
   * stored content contains `marker` — a duplicate stored under a *new* id would show up only in the second number.
   */
  countMany(
    ids: readonly string[],
    marker?: string,
  ): { perId: Map<string, number>; receipts: Map<string, string>; withMarker: number } {
    const db = new Database(this.sqliteFile(), { readonly: true, fileMustExist: true });
    try {
      const rows = db
        .prepare(
          'SELECT id, COUNT(*) AS n, MAX(receipt) AS receipt FROM submissions ' +
            'WHERE id IN (SELECT value FROM json_each(?)) GROUP BY id',
        )
        .all(JSON.stringify(ids)) as { id: string; n: number; receipt: string }[];
      const withMarker =
        marker === undefined
          ? 0
          : (db.prepare('SELECT COUNT(*) AS n FROM submissions WHERE instr(payload, ?) > 0').get(marker) as { n: number })
              .n;
      return {
        perId: new Map(rows.map((row) => [row.id, row.n])),
        receipts: new Map(rows.map((row) => [row.id, row.receipt])),
        withMarker,
      };
    } finally {
      db.close();
    }
  }

  /** The SQLite file, for journeys that watch it while the server works (read-only). */
  databaseFile(): string {
    return this.sqliteFile();
  }

  /** The submitter's view, or undefined while the server does not know the id (404). */
  async submitterView(id: string): Promise<SubmitterView | undefined> {
    const response = await fetch(`${this.serverUrl}/api/v1/submissions/${encodeURIComponent(id)}`);
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`GET /api/v1/submissions/${id}: ${response.status} ${await response.text()}`);
    return (await response.json()) as SubmitterView;
  }

  private sqliteFile(): string {
    const candidates = readdirSync(this.dataDir).filter((name) => SQLITE_FILE.test(name));
    if (candidates.length !== 1) {
      throw new Error(`Expected one SQLite file in ${this.dataDir}, found: ${candidates.join(', ') || 'none'}`);
    }
    return join(this.dataDir, candidates[0] ?? '');
  }
}
