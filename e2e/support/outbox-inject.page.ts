import { getDatabase } from '../../src/offline/db';
import { enqueue } from '../../src/offline/outbox';

/*
 * Runs inside the app's page (bundled by outbox-inject.ts and added as a script tag). Items go through the REAL
 * enqueue() into the app's own database ('quartiersstimme'), so the app's running sync engine is the one that
 * delivers them. This bundle has its own copy of the outbox module, so the app's "new item" trigger does not fire:
 * journeys start the drain the way a resident would (going online, "Jetzt senden", reopening the app).
 */

export interface FeedbackBatch {
  count: number;
  quarterId: string;
  topicId: string;
  /** Put at the start of every text, so the server's rows of one journey can be counted by it. */
  marker: string;
  /** How many enqueue() calls run at once (default 1: one after the other). */
  parallel?: number;
}

export interface OutboxRow {
  id: string;
  state: string;
  attempts: number;
  nextAttemptAt: number;
  lastProblem?: string;
}

export interface DeviceState {
  outbox: OutboxRow[];
  /** Delivered items (the `mine` table): id → receipt. */
  mine: Record<string, string>;
}

const api = {
  async enqueueFeedback(batch: FeedbackBatch): Promise<string[]> {
    const ids: string[] = [];
    const one = async (i: number) => {
      const item = await enqueue(
        {
          kind: 'feedback',
          quarterId: batch.quarterId,
          topicId: batch.topicId,
          text: `${batch.marker} #${i}: Die Bank an der Haltestelle ist kaputt.`,
          visibility: 'private',
        },
        'de',
      );
      ids[i] = item.id;
    };
    // A few at a time, as a resident tapping fast never could: every add wakes the app's live queries, and going
    // one by one would make the setup, not the drain, the slow part of a volume run.
    const parallel = Math.max(1, batch.parallel ?? 1);
    for (let start = 0; start < batch.count; start += parallel) {
      const chunk = Array.from({ length: Math.min(parallel, batch.count - start) }, (_, k) => one(start + k));
      await Promise.all(chunk);
    }
    return ids;
  },

  async deviceState(): Promise<DeviceState> {
    const db = getDatabase();
    const [outbox, mine] = await Promise.all([db.outbox.toArray(), db.mine.toArray()]);
    return {
      outbox: outbox.map((r) => ({
        id: r.id,
        state: r.state,
        attempts: r.attempts,
        nextAttemptAt: r.nextAttemptAt,
        ...(r.lastProblem ? { lastProblem: r.lastProblem } : {}),
      })),
      mine: Object.fromEntries(mine.map((r) => [r.id, r.receipt])),
    };
  },
};

export type OutboxInjection = typeof api;

declare global {
  interface Window {
    qsE2e?: OutboxInjection;
  }
}

window.qsE2e = api;
