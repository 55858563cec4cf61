import Dexie, { type EntityTable } from 'dexie';
import type { ApiError } from '../shared/api-error';
import type { Submission, SubmitterView } from '../shared/submission';

// Dexie switches its debug mode on by itself on pages served from localhost or 127.0.0.1: where the Capacitor
// shells serve the app (https://localhost) and where the bench and the journeys run. In that mode every table
// operation creates a DevTools console task (async stack tagging: work whenever an inspector is attached, as
// Lighthouse's is; its score rose 75 → 77 without them) and some queries log advice. Only `vite` (dev) keeps it.
if (!import.meta.env.DEV) Dexie.debug = false;

/*
 * What lives where on the device (IndexedDB via Dexie; this folder is the only importer of Dexie):
 * - outbox:   items the resident sent that the server has not confirmed yet, or that need attention.
 *             An item leaves this table only in the same transaction that writes it to `mine`.
 * - mine:     delivered items with their receipt and the last server status we fetched.
 * - catalog:  cached API documents (quarters, topics, centres, opportunities) with their ETags.
 * - settings: small key/value state (chosen quarter, installation id, last sync, drafts).
 * Schema changes add a new `version()` with an upgrade function; an upgrade never deletes user data,
 * and db.upgrade.test.ts opens a database written by the previous version with real items in it.
 */

export const DB_NAME = 'quartiersstimme';

export const OUTBOX_STATES = ['queued', 'sending', 'needs_attention'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** A photo waiting with its item; uploaded (PUT /api/v1/media/{id}) before the item is sent. */
export interface OutboxMedia {
  id: string;
  blob: Blob;
  type: string;
  uploaded: boolean;
}

export interface OutboxRecord {
  id: string;
  item: Submission;
  /** Photos re-encoded on the device (metadata gone); absent on records written by schema v1. */
  media?: OutboxMedia[];
  state: OutboxState;
  attempts: number;
  /** epoch ms; the engine leaves the item alone before then (backoff). */
  nextAttemptAt: number;
  /** epoch ms of the last failed attempt (see dueAt). Not indexed, so no schema version. */
  lastAttemptAt?: number;
  /** epoch ms when it entered the outbox; the sending order. */
  queuedAt: number;
  /** the server's reason when state is `needs_attention`. */
  error?: ApiError;
  /** the last transient problem (offline, 503 …), shown while it waits. */
  lastProblem?: string;
  /**
   * epoch ms before which the server asked not to be sent this again (Retry-After of a 429/503).
   * Apart from nextAttemptAt because "send now" skips the backoff but never this. Not indexed.
   */
  serverHoldUntil?: number;
  /**
   * What a support or an interest is about as the resident saw it when sending (the proposal's or the
   * offer's title), so "Meine Beiträge" can name it offline. Kept on the device only, never sent.
   */
  subject?: string;
}

export interface MineRecord {
  id: string;
  item: Submission;
  /** Copied from item.kind (schema v2) so "my input" can be filtered by an index. */
  kind?: Submission['kind'];
  receipt: string;
  deliveredAt: number;
  server?: SubmitterView;
  serverFetchedAt?: number;
  /** the server status the resident has seen, for the "changed" badge. */
  seenStatusKey?: string;
  /** Carried over from the outbox record (see OutboxRecord.subject). */
  subject?: string;
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
  draftProposal: 'draft:proposal',
  /** When the install offer after a submission was shown (it is shown once; "Mehr" keeps offering). */
  installOfferShownAt: 'installOfferShownAt',
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
  // v2: photos travel in the outbox as Blobs, delivered items are indexed by kind, and the engine
  // walks waiting items in order through [state+queuedAt].
  db.version(2)
    .stores({
      outbox: 'id, state, queuedAt, nextAttemptAt, [state+queuedAt]',
      mine: 'id, deliveredAt, receipt, kind',
    })
    .upgrade(async (tx) => {
      await tx
        .table<OutboxRecord>('outbox')
        .toCollection()
        .modify((record) => {
          record.media ??= [];
        });
      await tx
        .table<MineRecord>('mine')
        .toCollection()
        .modify((record) => {
          record.kind = record.item.kind;
        });
    });
  return db;
}

let shared: QsDatabase | undefined;
/** The page's and the service worker's one connection. */
export function getDatabase(): QsDatabase {
  shared ??= openDatabase();
  return shared;
}

/**
 * When an item may go next. Wall-clock times can lie: a phone that booted with a clock a day ahead
 * and was corrected by the network would otherwise leave a failed item "not due" for that day. A
 * clock now earlier than the last attempt has jumped back, so the wait that attempt set is void.
 */
export function dueAt(record: Pick<OutboxRecord, 'nextAttemptAt' | 'lastAttemptAt'>, now: number): number {
  return record.lastAttemptAt !== undefined && now < record.lastAttemptAt ? now : record.nextAttemptAt;
}
