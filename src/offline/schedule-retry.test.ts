import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS } from './backoff';
import { openDatabase, type OutboxRecord, type QsDatabase } from './db';
import { drainOutcome, postpone } from './schedule-retry';
import type { EngineContext } from './sync-context';

const record = (n: number, attempts: number): OutboxRecord => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  item: { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, kind: 'support', createdAt: '2026-12-01T10:00:00.000Z', locale: 'de', proposalId: '00000000-0000-4000-8000-000000000099', supporterId: '00000000-0000-4000-8000-000000000098' },
  state: 'sending',
  attempts,
  nextAttemptAt: 0,
  queuedAt: n,
});

let db: QsDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('postpone and drainOutcome', () => {
  it('draws the jitter once for the batch, honours Retry-After and reports the earliest due time', async () => {
    db = openDatabase(`schedule-${Math.random()}`);
    let draws = 0;
    const ctx: EngineContext = {
      db,
      now: () => 10_000,
      random: () => (draws++, 0.5),
      send: () => Promise.reject(new Error('unused')),
      maxItems: 100,
      maxBytes: 10_000,
      submissionsUrl: '',
      mediaUrl: '',
    };
    const batch = [record(1, 0), record(2, 0)];
    await db.outbox.bulkAdd(batch);
    await postpone(ctx, batch, 'http_503', 0);
    expect(draws).toBe(1);
    const [a, b] = await db.outbox.toArray();
    expect(a).toMatchObject({ state: 'queued', attempts: 1, lastAttemptAt: 10_000, lastProblem: 'http_503', nextAttemptAt: 10_000 + BACKOFF_BASE_MS / 2 });
    expect(b?.nextAttemptAt).toBe(a?.nextAttemptAt);

    await db.outbox.add(record(3, 0));
    await postpone(ctx, [record(3, 0)], 'http_429', 60_000);
    expect((await db.outbox.get(record(3, 0).id))?.nextAttemptAt).toBe(70_000);
    expect(await drainOutcome(ctx, { delivered: 2, rejected: 1, problem: 'http_429' })).toEqual({
      delivered: 2,
      rejected: 1,
      waiting: 3,
      nextAttemptAt: 10_000 + BACKOFF_BASE_MS / 2,
      checkedAt: 10_000,
      problem: 'http_429',
    });
  });
});
