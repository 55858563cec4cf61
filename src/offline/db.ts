import Dexie, { type EntityTable } from 'dexie';
import type { ApiError } from '../shared/api-error';
import type { Submission, SubmitterView } from '../shared/submission';

/*
 * What lives where on the device (IndexedDB via Dexie; this folder is the only importer of Dexie):
 * - outbox:   items the resident sent that the server has not confirmed yet, or that need attention.
 *             An item leaves this table only in the same transaction that writes it to `mine`.
 * - mine:     delivered items with their receipt and the last server status we fetched.
 * - catalog:  cached API documents (quarters, topics, centres, opportunities) with their ETags.
 * - settings: small key/value state (chosen quarter, installation id, last sync, drafts).
 * Schema changes add a new `version()` with an upgrade function; an upgrade never deletes user data.
 */

export const DB_NAME = 'quartiersstimme';

export const OUTBOX_STATES = ['queued', 'sending', 'needs_attention'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export interface OutboxRecord {
  id: string;
  item: Submission;
  state: OutboxState;
  attempts: number;
  /** epoch ms; the engine leaves the item alone before then (backoff). */
  nextAttemptAt: number;
  /** epoch ms when it entered the outbox; the sending order. */
  queuedAt: number;
  /** the server's reason when state is `needs_attention`. */
  error?: ApiError;
  /** the last transient problem (offline, 503 …), shown while it waits. */
  lastProblem?: string;
}

export interface MineRecord {
  id: string;
  item: Submission;
  receipt: string;
  deliveredAt: number;
  server?: SubmitterView;
  serverFetchedAt?: number;
  /** the server status the resident has seen, for the "changed" badge. */
  seenStatusKey?: string;
}

export interface CatalogRecord {
  key: string;
  etag: string | null;
  fetchedAt: number;
  data: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const SETTING_KEYS = {
  installationId: 'installationId',
  quarterId: 'quarterId',
  lastSyncAt: 'lastSyncAt',
  persistRequested: 'persistRequested',
  draftFeedback: 'draft:feedback',
} as const;

export type QsDatabase = Dexie & {
  outbox: EntityTable<OutboxRecord, 'id'>;
  mine: EntityTable<MineRecord, 'id'>;
  catalog: EntityTable<CatalogRecord, 'key'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export function openDatabase(name: string = DB_NAME): QsDatabase {
  const db = new Dexie(name) as QsDatabase;
  db.version(1).stores({
    outbox: 'id, state, queuedAt, nextAttemptAt',
    mine: 'id, deliveredAt, receipt',
    catalog: 'key',
    settings: 'key',
  });
  return db;
}

let shared: QsDatabase | undefined;
/** The page's and the service worker's one connection. */
export function getDatabase(): QsDatabase {
  shared ??= openDatabase();
  return shared;
}
