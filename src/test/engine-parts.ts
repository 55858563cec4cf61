import { afterEach } from 'vitest';
import { openDatabase, type OutboxRecord } from '../offline/db';
import type { EngineContext } from '../offline/sync-context';

// Helpers for the sync engine's part tests (src/offline/*.test.ts): outbox records and an engine
// context on a fresh fake-IndexedDB database (the test file imports 'fake-indexeddb/auto').

/** A valid UUID numbered n, so tests can name items 1, 2, 3. */
export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A queued support item numbered n (the smallest valid item), queued at time n. */
export function outboxRecord(n: number, changes: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    id: uuid(n),
    item: { id: uuid(n), kind: 'support', createdAt: '2026-12-01T10:00:00.000Z', locale: 'de', proposalId: uuid(99), supporterId: uuid(98) },
    state: 'queued',
    attempts: 0,
    nextAttemptAt: 0,
    queuedAt: n,
    ...changes,
  };
}

const opened: EngineContext['db'][] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** An engine context on a new database, holding `records`; no network unless the test gives one. */
export async function engineContext(records: OutboxRecord[] = [], changes: Partial<EngineContext> = {}): Promise<EngineContext> {
  const db = openDatabase(`engine-part-${crypto.randomUUID()}`);
  opened.push(db);
  await db.outbox.bulkAdd(records);
  const send: EngineContext['send'] = () => Promise.reject(new Error('no network in this test'));
  return { db, now: () => 5_000, random: () => 0.5, send, maxItems: 100, maxBytes: 10_000, submissionsUrl: '', mediaUrl: '', ...changes };
}
