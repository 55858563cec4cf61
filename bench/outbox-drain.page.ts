import { openDatabase, type QsDatabase } from '../src/offline/db';
import { enqueue } from '../src/offline/outbox';
import { createSyncEngine } from '../src/offline/sync-engine';
import { defaultLock } from '../src/offline/locks';
import type { Submission } from '../src/shared/submission';

/*
 * Runs inside the app's origin in real Chromium (bundled by bench/outbox-drain.ts and added as a
 * script tag). Every variant starts from the same state: `count` feedback items in a fresh outbox,
 * written through the real enqueue, each with new ids so the server stores every one.
 */

let round = 0;

async function seed(count: number, quarterId: string, topicId: string): Promise<QsDatabase> {
  const db = openDatabase(`bench-${Date.now()}-${++round}`);
  for (let i = 0; i < count; i++) {
    await enqueue({ kind: 'feedback', quarterId, topicId, text: `Benchmark-Beitrag ${round}/${i} – Grünfläche am Anger` }, 'de', { db });
  }
  return db;
}

async function post(items: Submission[]) {
  const response = await fetch('/api/v1/submissions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ items }),
  });
  if (!response.ok) throw new Error(`POST answered ${response.status}`);
  const body = (await response.json()) as { results: { status: string }[] };
  if (body.results.some((r) => r.status === 'rejected')) throw new Error('an item was rejected');
}

async function timed(db: QsDatabase, run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  const ms = performance.now() - start;
  const left = await db.outbox.count();
  db.close();
  await db.delete();
  if (left !== 0) throw new Error(`${left} items left in the outbox`);
  return ms;
}

const variants = {
  /** (a) the real engine: lock, states, batches, receipts moved to `mine` in transactions. */
  async engine(db: QsDatabase) {
    const engine = createSyncEngine({ db, fetch: (...a) => fetch(...a), lock: defaultLock() });
    const outcome = await engine.drain();
    if (outcome.waiting !== 0) throw new Error(`engine left ${outcome.waiting} waiting (${outcome.problem})`);
  },
  /** (b) the naive baseline: one POST per item with plain fetch. */
  async naive(db: QsDatabase) {
    for (const record of await db.outbox.toArray()) {
      await post([record.item]);
      await db.outbox.delete(record.id);
    }
  },
  /** (c) the raw floor: read all, POST in batches of 100, delete — no states, no receipts, no lock. */
  async raw(db: QsDatabase) {
    const records = await db.outbox.toArray();
    for (let i = 0; i < records.length; i += 100) {
      const chunk = records.slice(i, i + 100);
      await post(chunk.map((r) => r.item));
      await db.outbox.bulkDelete(chunk.map((r) => r.id));
    }
  },
};

export type Variant = keyof typeof variants;

declare global {
  interface Window {
    qsBench: (variant: Variant, count: number, quarterId: string, topicId: string) => Promise<number>;
  }
}

window.qsBench = async (variant, count, quarterId, topicId) => {
  const db = await seed(count, quarterId, topicId);
  return timed(db, () => variants[variant](db));
};
