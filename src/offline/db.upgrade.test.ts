import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db';
import { listMyItems } from './outbox';
import { createSyncEngine } from './sync-engine';
import { inContextLock } from './locks';
import { createSimulatedServer } from '../test/simulated-server';

// A database exactly as schema v1 wrote it: the stores of v1 and records of v1's shape
// (no `media` on outbox records, no `kind` on delivered ones).
async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    outbox: 'id, state, queuedAt, nextAttemptAt',
    mine: 'id, deliveredAt, receipt',
    catalog: 'key',
    settings: 'key',
  });
  const base = { createdAt: '2026-11-20T10:00:00.000Z', locale: 'de', quarterId: 'erfurt-1-altstadt', topicId: 't' };
  await v1.table('outbox').bulkAdd([
    {
      id: 'a0000000-0000-4000-8000-000000000001',
      item: { ...base, id: 'a0000000-0000-4000-8000-000000000001', kind: 'feedback', text: 'wartet seit v1', visibility: 'private' },
      state: 'queued',
      attempts: 3,
      nextAttemptAt: 0,
      queuedAt: 1,
      lastProblem: 'offline',
    },
    {
      id: 'a0000000-0000-4000-8000-000000000002',
      item: { ...base, id: 'a0000000-0000-4000-8000-000000000002', kind: 'feedback', text: 'abgelehnt in v1', visibility: 'private' },
      state: 'needs_attention',
      attempts: 1,
      nextAttemptAt: 0,
      queuedAt: 2,
      error: { code: 'unknown_quarter', message: 'Unknown quarter' },
    },
  ]);
  await v1.table('mine').add({
    id: 'a0000000-0000-4000-8000-000000000003',
    item: { ...base, id: 'a0000000-0000-4000-8000-000000000003', kind: 'feedback', text: 'zugestellt in v1', visibility: 'private' },
    receipt: 'ERF-0000-0003',
    deliveredAt: 3,
  });
  await v1.table('settings').add({ key: 'quarterId', value: 'erfurt-1-altstadt' });
  v1.close();
}

describe('Dexie schema upgrade v1 → v2', () => {
  it('keeps every v1 record, adds the new fields, and the waiting item still syncs', async () => {
    const name = 'upgrade-test';
    await writeVersion1(name);
    const db = openDatabase(name);
    const outbox = await db.outbox.orderBy('queuedAt').toArray();
    expect(db.verno).toBe(2);
    expect(outbox.map((r) => [r.item.kind === 'feedback' && r.item.text, r.state, r.media])).toEqual([
      ['wartet seit v1', 'queued', []],
      ['abgelehnt in v1', 'needs_attention', []],
    ]);
    expect(await db.mine.where('kind').equals('feedback').count()).toBe(1);
    expect(await db.settings.get('quarterId')).toEqual({ key: 'quarterId', value: 'erfurt-1-altstadt' });

    const server = createSimulatedServer();
    const engine = createSyncEngine({ db, fetch: server.fetch, lock: inContextLock });
    expect(await engine.drain()).toMatchObject({ delivered: 1, waiting: 0 });
    const views = await listMyItems(db);
    expect(views.map((v) => v.state).sort()).toEqual(['delivered', 'delivered', 'needs_attention']);
    db.close();
    await Dexie.delete(name);
  });
});
