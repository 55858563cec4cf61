import type { OutboxRecord } from './db';
import { releaseBatch, takeBatch } from './pick-batch';
import { createAnswerRecorder, refuseItems } from './record-answers';
import { drainOutcome, postpone } from './schedule-retry';
import { sendBatch } from './send-batch';
import type { DrainOutcome, EngineContext, Refused, Tally } from './sync-context';
import { uploadPhotos } from './upload-photos';

/**
 * One drain, run inside the drain lock: batch after batch until nothing is due or something passing
 * goes wrong. Pipelined: the next batch is picked while this one is on the wire, and an answer is
 * recorded while the next batch is on the wire; anything other than an answer returns the batch
 * picked meanwhile to the queue unsent.
 */
export async function drainOutbox(ctx: EngineContext): Promise<DrainOutcome> {
  // Inside the lock nobody else is sending, so a `sending` item is a leftover of a drain that died
  // (tab closed, worker stopped) before it heard back: it is queued again, never dropped.
  await ctx.db.outbox.where('state').equals('sending').modify({ state: 'queued' });
  const tally: Tally = { delivered: 0, rejected: 0 };
  const recorder = createAnswerRecorder(ctx, tally);
  let limit = ctx.maxItems;
  let picked: OutboxRecord[] = [];
  try {
    picked = await takeBatch(ctx, limit);
    while (picked.length > 0 && !recorder.failure()) {
      const uploads = await uploadPhotos(ctx, picked);
      if (uploads.transient) {
        tally.problem = uploads.transient.problem;
        await postpone(ctx, picked.filter((r) => !uploads.refused.has(r.id)), tally.problem, uploads.transient.retryAfterMs);
        break;
      }
      tally.rejected += uploads.refused.size;
      const batch = uploads.ready;
      if (batch.length === 0) {
        picked = await takeBatch(ctx, limit);
        continue;
      }
      const [attempt, following] = await Promise.all([sendBatch(ctx, batch), takeBatch(ctx, limit)]);
      picked = following;
      if (attempt.kind === 'answered') {
        recorder.record(batch, attempt.results);
        continue;
      }
      // Anything but an answer changes the plan: the batch picked meanwhile goes back unsent.
      await releaseBatch(ctx, following);
      picked = [];
      if (attempt.kind === 'transient') {
        tally.problem = attempt.problem;
        await postpone(ctx, batch, attempt.problem, attempt.retryAfterMs);
        break;
      }
      limit = await afterRefusedBatch(ctx, batch, attempt, limit, tally);
      picked = await takeBatch(ctx, limit);
    }
  } catch (error) {
    // Whatever was picked stays `sending`; the next drain queues it again. Answers already
    // received are still recorded first.
    await recorder.settled();
    throw error;
  }
  await recorder.settled();
  const failure = recorder.failure();
  if (failure) {
    await releaseBatch(ctx, picked).catch(() => undefined);
    throw failure.error;
  }
  return drainOutcome(ctx, tally);
}

/** The server refused a whole batch: find out which item it means. Returns the batch size to go on with. */
async function afterRefusedBatch(ctx: EngineContext, batch: OutboxRecord[], refusal: Refused, limit: number, tally: Tally): Promise<number> {
  if (refusal.status === 413 && batch.length > 1) {
    // Our size estimate was off for this batch: halve it and go on, nothing is marked failed.
    await releaseBatch(ctx, batch);
    return Math.max(1, Math.floor(batch.length / 2));
  }
  if (batch.length > 1) {
    // The server refused the envelope; send one at a time so only the bad item is marked.
    await releaseBatch(ctx, batch);
    return 1;
  }
  await refuseItems(ctx, batch, refusal.error);
  tally.rejected += batch.length;
  return limit;
}
