import { submitterViewSchema, type SubmitterView } from '../shared/submission';
import { getDatabase, type MineRecord, type QsDatabase } from './db';
import { isNoAnswer, request, type FetchLike } from './http';
import { statusKey } from './outbox';

// What became of my delivered items: `GET /api/v1/submissions/{id}` (the id is the capability) for
// each, cached in `mine.server` so "Meine Beiträge" shows the last known status offline. The badge
// ("changed since last seen") compares statusKey(server) with `seenStatusKey`.

/** Supports carry nothing to follow; everything else may get a status or an answer. */
export function isFollowed(record: Pick<MineRecord, 'item'>): boolean {
  return record.item.kind !== 'support';
}

/** Whether the resident has news on this item (pure, the same rule as listMyItems). */
export function hasNews(record: Pick<MineRecord, 'server' | 'seenStatusKey'>): boolean {
  return record.server !== undefined && statusKey(record.server) !== record.seenStatusKey;
}

/**
 * The seen-key to store with a freshly fetched status. The first answer for an item that is merely
 * "received" is no news (the resident knows they sent it), so it becomes the baseline; any later
 * change, or a first answer that already says more, shows the badge.
 */
export function seenKeyAfterFetch(previousSeen: string | undefined, hadServer: boolean, server: SubmitterView): string | undefined {
  if (previousSeen !== undefined || hadServer) return previousSeen;
  const nothingYet = server.status === 'received' && !server.publicResponse && server.moderation !== 'published' && server.moderation !== 'hidden';
  return nothingYet ? statusKey(server) : undefined;
}

export interface StatusRefresh {
  updated: number;
  offline: boolean;
  failed: number;
  /** Items the server no longer knows although it gave a receipt: queued to be sent again. */
  requeued: number;
}

/** `lastProblem` of an item that went back to the outbox because the server had lost it. */
export const LOST_BY_SERVER = 'lost_by_server';

/**
 * The server answered `accepted` and then lost the item: DESIGN §3 runs SQLite with
 * synchronous=NORMAL, so a power cut can undo the last commits (a status read right after the commit
 * does not prove it reached the disk), and a database restored from a backup does the same. The device
 * still holds the whole item, so it goes back to the outbox under the same id and is stored again.
 * Nothing on the server deletes submissions, so a 404 for a receipted id always means "lost"; a
 * future deletion must answer 410 Gone for deleted ids (docs/decisions.md), which does not re-send.
 */
async function requeueLost(db: QsDatabase, id: string, now: number): Promise<boolean> {
  return db.transaction('rw', db.mine, db.outbox, async () => {
    const current = await db.mine.get(id);
    if (!current || (await db.outbox.get(id))) return false;
    await db.outbox.add({
      id,
      item: current.item,
      media: [],
      state: 'queued',
      attempts: 0,
      nextAttemptAt: 0,
      queuedAt: now,
      lastProblem: LOST_BY_SERVER,
    });
    await db.mine.delete(id);
    return true;
  });
}

interface Options {
  db?: QsDatabase;
  fetchImpl?: FetchLike;
  now?: () => number;
  /** only these ids (e.g. one item the resident opened) */
  ids?: readonly string[];
}

export async function refreshMyStatuses(options: Options = {}): Promise<StatusRefresh> {
  const db = options.db ?? getDatabase();
  const now = options.now ?? Date.now;
  // A support has nothing to follow, but it is checked once, so one lost in a power cut goes again.
  const records = (await db.mine.toArray()).filter(
    (r) => (isFollowed(r) || r.serverFetchedAt === undefined) && (!options.ids || options.ids.includes(r.id)),
  );
  const result: StatusRefresh = { updated: 0, offline: false, failed: 0, requeued: 0 };
  for (const record of records) {
    const outcome = await request(`/api/v1/submissions/${encodeURIComponent(record.id)}`, { fetchImpl: options.fetchImpl });
    if (isNoAnswer(outcome)) {
      result.offline = true;
      break;
    }
    if (outcome.kind === 'http' && outcome.status === 404 && (await requeueLost(db, record.id, now()))) {
      result.requeued += 1;
      continue;
    }
    if (outcome.kind === 'ok' && !isFollowed(record)) {
      await db.mine.update(record.id, { serverFetchedAt: now() });
      continue;
    }
    const parsed = outcome.kind === 'ok' ? submitterViewSchema.safeParse(outcome.body) : undefined;
    if (!parsed?.success) {
      result.failed += 1;
      continue;
    }
    const server = parsed.data;
    await db.transaction('rw', db.mine, async () => {
      const current = await db.mine.get(record.id);
      if (!current) return; // deleted by the resident meanwhile
      const seen = seenKeyAfterFetch(current.seenStatusKey, current.server !== undefined, server);
      await db.mine.update(record.id, { server, serverFetchedAt: now(), ...(seen !== undefined ? { seenStatusKey: seen } : {}) });
    });
    result.updated += 1;
  }
  return result;
}

/** The resident opened the item: what they see now is no longer news. */
export async function markSeen(id: string, db: QsDatabase = getDatabase()): Promise<void> {
  await db.transaction('rw', db.mine, async () => {
    const record = await db.mine.get(id);
    if (record?.server) await db.mine.update(id, { seenStatusKey: statusKey(record.server) });
  });
}

export async function countNews(db: QsDatabase = getDatabase()): Promise<number> {
  return (await db.mine.toArray()).filter(hasNews).length;
}

/** Removes the copy on this device only; the server keeps the item (and its receipt still works). */
export async function deleteLocalCopy(id: string, db: QsDatabase = getDatabase()): Promise<void> {
  await db.transaction('rw', db.mine, db.outbox, async () => {
    await db.mine.delete(id);
    await db.outbox.delete(id);
  });
}
