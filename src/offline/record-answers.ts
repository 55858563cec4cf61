import type { ApiError } from '../shared/api-error';
import type { ItemResult } from '../shared/submission';
import { SETTING_KEYS, type MineRecord, type OutboxRecord } from './db';
import { postpone } from './schedule-retry';
import type { EngineContext, Tally } from './sync-context';

/**
 * Records the server's answer to one batch. An item leaves the outbox only here, in the transaction
 * that puts it into `mine` with its receipt; items the answer does not mention are returned to wait.
 */
export async function recordAnswers(ctx: EngineContext, batch: readonly OutboxRecord[], results: readonly ItemResult[]) {
  const { db } = ctx;
  const byId = new Map(results.map((r) => [r.id, r]));
  const delivered: MineRecord[] = [];
  const rejected: { key: string; changes: Partial<OutboxRecord> }[] = [];
  const unanswered: OutboxRecord[] = [];
  const at = ctx.now();
  for (const record of batch) {
    const result = byId.get(record.id);
    if (result && result.status !== 'rejected' && result.receipt) {
      delivered.push({
        id: record.id,
        item: record.item,
        kind: record.item.kind,
        receipt: result.receipt,
        deliveredAt: at,
        ...(record.subject ? { subject: record.subject } : {}),
      });
    } else if (result?.status === 'rejected') {
      const error = result.error ?? { code: 'validation', message: 'Rejected' };
      rejected.push({ key: record.id, changes: { state: 'needs_attention', error } });
    } else {
      unanswered.push(record);
    }
  }
  // One transaction: an item is in `mine` with its receipt, or still in the outbox — never neither.
  await db.transaction('rw', db.outbox, db.mine, db.settings, async () => {
    await db.mine.bulkPut(delivered);
    await db.outbox.bulkDelete(delivered.map((r) => r.id));
    if (rejected.length) await db.outbox.bulkUpdate(rejected);
    await db.settings.put({ key: SETTING_KEYS.lastSyncAt, value: at });
  });
  return { delivered: delivered.length, rejected: rejected.length, unanswered };
}

/** A verdict on these items: they need the resident's attention and are not sent again as they are. */
export async function refuseItems(ctx: EngineContext, batch: readonly OutboxRecord[], error: ApiError): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.outbox, async () => {
    for (const record of batch) await db.outbox.update(record.id, { state: 'needs_attention', error });
  });
}

/**
 * Records answers one after the other, in order, while the drain already sends the next batch — so
 * the IndexedDB work hides behind the network. The first failure to record stops all further
 * recording and is kept for the drain to throw: sending more whose answers could not be kept would
 * only make the server answer `duplicate` later.
 */
export function createAnswerRecorder(ctx: EngineContext, tally: Tally) {
  let recording: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  return {
    record(batch: readonly OutboxRecord[], results: readonly ItemResult[]): void {
      recording = recording
        .then(async () => {
          if (failure) return;
          const counts = await recordAnswers(ctx, batch, results);
          tally.delivered += counts.delivered;
          tally.rejected += counts.rejected;
          if (counts.unanswered.length > 0) {
            // An answer without a result for some items is not a confirmation: they wait and go again.
            tally.problem = 'incomplete_answer';
            await postpone(ctx, counts.unanswered, tally.problem, 0);
          }
        })
        .catch((error: unknown) => {
          failure ??= { error };
        });
    },
    /** Resolves when every answer handed over so far is recorded (or recording failed). */
    settled: (): Promise<void> => recording,
    failure: (): { error: unknown } | undefined => failure,
  };
}
