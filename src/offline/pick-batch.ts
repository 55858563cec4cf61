import Dexie from 'dexie';
import { dueAt, type OutboxRecord } from './db';
import type { EngineContext } from './sync-context';

/** The longest run of `due` (in sending order) that fits `limit` items and `maxBytes`; never empty if `due` is not. */
export function pickBatch(due: readonly OutboxRecord[], limit: number, maxBytes: number): OutboxRecord[] {
  const batch: OutboxRecord[] = [];
  let bytes = 0;
  for (const record of due) {
    const size = JSON.stringify(record.item).length + 1;
    if (batch.length > 0 && (batch.length >= limit || bytes + size > maxBytes)) break;
    batch.push(record);
    bytes += size;
  }
  return batch;
}

/**
 * Picks the next batch in sending order and marks it `sending`, in one transaction so nothing can
 * change the records between the read and the write.
 */
export function takeBatch(ctx: EngineContext, limit: number): Promise<OutboxRecord[]> {
  const { db } = ctx;
  return db.transaction('rw', db.outbox, async () => {
    const at = ctx.now();
    const isDue = (r: OutboxRecord) => dueAt(r, at) <= at;
    const queued = () => db.outbox.where('[state+queuedAt]').between(['queued', Dexie.minKey], ['queued', Dexie.maxKey]);
    // The usual case reads one index range in a single getAll; only when items that still wait
    // fill the window does it walk the index with a cursor to find the due ones behind them.
    const head = await queued().limit(limit).toArray();
    let due = head.filter(isDue);
    if (due.length < head.length && head.length === limit) due = await queued().filter(isDue).limit(limit).toArray();
    const picked = pickBatch(due, limit, ctx.maxBytes);
    await db.outbox.bulkPut(picked.map((r) => ({ ...r, state: 'sending' as const })));
    return picked;
  });
}

/** Returns picked records to the queue untouched: they were not sent, so no attempt counts. */
export async function releaseBatch(ctx: EngineContext, records: readonly OutboxRecord[]): Promise<void> {
  if (records.length === 0) return;
  await ctx.db.outbox.bulkUpdate(records.map((r) => ({ key: r.id, changes: { state: 'queued' as const } })));
}
