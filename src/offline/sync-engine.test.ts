import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { dueAt, openDatabase, type QsDatabase } from './db';
import { enqueue, listMyItems } from './outbox';
import { createSyncEngine } from './sync-engine';
import { inContextLock } from './locks';
import { createSimulatedServer, type Fault } from '../test/simulated-server';

const feedback = (text: string) => ({
  kind: 'feedback' as const,
  quarterId: 'erfurt-1-altstadt',
  topicId: 'treffpunkte',
  text,
});

let counter = 0;
const opened: QsDatabase[] = [];
function freshDb(): QsDatabase {
  const db = openDatabase(`engine-test-${++counter}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function engineFor(db: QsDatabase, faults: Fault[] = [], clock = { t: 1_000_000 }) {
  const server = createSimulatedServer((n) => faults[n - 1] ?? 'none');
  const engine = createSyncEngine({
    db,
    fetch: server.fetch,
    now: () => clock.t,
    random: () => 0.5,
    timeoutMs: 50,
    lock: inContextLock,
  });
  return { server, engine, clock };
}

describe('sync engine', () => {
  it('delivers queued items and moves them to mine with the receipt', async () => {
    const db = freshDb();
    await enqueue(feedback('Mehr Bänke am Anger'), 'de', { db });
    await enqueue(feedback('Spielplatz kaputt'), 'de', { db });
    const { server, engine } = engineFor(db);
    const outcome = await engine.drain();
    expect(outcome).toMatchObject({ delivered: 2, rejected: 0, waiting: 0 });
    expect(await db.outbox.count()).toBe(0);
    const mine = await db.mine.toArray();
    expect(mine.map((m) => m.receipt).sort()).toEqual([...server.stored.values()].map((s) => s.receipt).sort());
    expect(server.stored.size).toBe(2);
  });

  it('keeps an item whose answer was lost and gets the same receipt on retry', async () => {
    const db = freshDb();
    const item = await enqueue(feedback('Antwort geht verloren'), 'de', { db });
    const { server, engine, clock } = engineFor(db, ['drop_response']);
    const first = await engine.drain();
    expect(first).toMatchObject({ delivered: 0, waiting: 1, problem: 'offline' });
    expect(server.stored.size).toBe(1);
    const waiting = await db.outbox.get(item.id);
    expect(waiting).toMatchObject({ state: 'queued', attempts: 1, lastProblem: 'offline' });
    clock.t = first.nextAttemptAt ?? clock.t;
    const second = await engine.drain();
    expect(second).toMatchObject({ delivered: 1, waiting: 0 });
    expect((await db.mine.get(item.id))?.receipt).toBe(server.stored.get(item.id)?.receipt);
    expect(server.stored.size).toBe(1);
  });

  it('does not send before the backoff has passed, and honours Retry-After', async () => {
    const db = freshDb();
    await enqueue(feedback('Retry-After'), 'de', { db });
    const { server, engine, clock } = engineFor(db, ['status_429_retry_after']);
    const first = await engine.drain();
    // random() is 0.5, attempt 1 ceiling 2 s → 1 s jitter, but Retry-After 7 s is the floor.
    expect(first.nextAttemptAt).toBe(clock.t + 7_000);
    const again = await engine.drain();
    expect(again.delivered).toBe(0);
    expect(server.requests).toBe(1);
    clock.t += 7_000;
    expect((await engine.drain()).delivered).toBe(1);
  });

  it('does not let a clock that jumps back after a failure stretch the wait', async () => {
    const db = freshDb();
    await enqueue(feedback('Uhr springt'), 'de', { db });
    // The phone's clock runs a day ahead when the attempt fails…
    const { server, engine, clock } = engineFor(db, ['status_429_retry_after'], { t: 1_000_000 + 86_400_000 });
    expect((await engine.drain()).delivered).toBe(0);
    // …and the network corrects it: the stored wait would now last a day and 7 s.
    clock.t = 1_000_000;
    const outcome = await engine.drain();
    expect(outcome.delivered).toBe(1);
    expect(server.requests).toBe(2);
  });

  it('counts an item as due at once when the clock is earlier than its last attempt', () => {
    const record = { nextAttemptAt: 86_407_000, lastAttemptAt: 86_400_000 };
    expect(dueAt(record, 86_401_000)).toBe(86_407_000);
    expect(dueAt(record, 1_000)).toBe(1_000);
    expect(dueAt({ nextAttemptAt: 9_000 }, 1_000)).toBe(9_000);
  });

  it('aborts a hanging request after the timeout and retries it', async () => {
    const db = freshDb();
    await enqueue(feedback('hängt'), 'de', { db });
    const { engine, clock } = engineFor(db, ['hang']);
    const first = await engine.drain();
    expect(first.problem).toBe('timeout');
    clock.t = first.nextAttemptAt ?? clock.t;
    expect((await engine.drain()).delivered).toBe(1);
  });

  it('marks a rejected item as needing attention with the reason and never resends it by itself', async () => {
    const db = freshDb();
    const bad = await enqueue({ ...feedback('falsches Viertel'), quarterId: 'nowhere' }, 'de', { db });
    await enqueue(feedback('gut'), 'de', { db });
    const { server, engine } = engineFor(db);
    server.unknownQuarters.add('nowhere');
    const outcome = await engine.drain();
    expect(outcome).toMatchObject({ delivered: 1, rejected: 1, waiting: 0 });
    expect(await db.outbox.get(bad.id)).toMatchObject({
      state: 'needs_attention',
      error: { code: 'unknown_quarter' },
    });
    const requests = server.requests;
    await engine.sendNow();
    expect(server.requests).toBe(requests);
    const views = await listMyItems(db);
    expect(views.map((v) => v.state).sort()).toEqual(['delivered', 'needs_attention']);
  });

  it('requeues items left in `sending` by a drain that died', async () => {
    const db = freshDb();
    const item = await enqueue(feedback('Tab geschlossen'), 'de', { db });
    await db.outbox.update(item.id, { state: 'sending' });
    const { engine } = engineFor(db);
    expect((await engine.drain()).delivered).toBe(1);
  });

  it('splits work into batches of at most 100 items', async () => {
    const db = freshDb();
    for (let i = 0; i < 250; i++) await enqueue(feedback(`Nummer ${i}`), 'de', { db });
    const { server, engine } = engineFor(db);
    const outcome = await engine.drain();
    expect(outcome.delivered).toBe(250);
    expect(server.requests).toBe(3);
  });

  it('returns the batch it picked ahead to the queue when the one on the wire fails', async () => {
    const db = freshDb();
    for (let i = 0; i < 250; i++) await enqueue(feedback(`Vorab ${i}`), 'de', { db });
    const { server, engine } = engineFor(db, ['none', 'status_500']);
    const outcome = await engine.drain();
    expect(outcome.delivered).toBe(100);
    expect(server.requests).toBe(2);
    // The failed batch waits with one more attempt; the third batch was never sent and is plainly queued.
    const states = await db.outbox.toArray();
    expect(states.filter((r) => r.state === 'sending')).toEqual([]);
    expect(states.filter((r) => r.attempts === 1)).toHaveLength(100);
    expect(states.filter((r) => r.attempts === 0 && r.state === 'queued')).toHaveLength(50);
  });

  it('brings a failed batch back as one request, not a trickle', async () => {
    const db = freshDb();
    for (let i = 0; i < 60; i++) await enqueue(feedback(`Zusammen ${i}`), 'de', { db });
    const server = createSimulatedServer((n) => (n === 1 ? 'status_500' : 'none'));
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const clock = { t: 1_000_000 };
    const engine = createSyncEngine({ db, fetch: server.fetch, now: () => clock.t, random, timeoutMs: 50, lock: inContextLock });
    expect((await engine.drain()).delivered).toBe(0);
    const waits = new Set((await db.outbox.toArray()).map((r) => r.nextAttemptAt));
    expect(waits.size).toBe(1);
    clock.t = [...waits][0] ?? clock.t;
    expect((await engine.drain()).delivered).toBe(60);
    expect(server.requests).toBe(2);
  });

  it('stops sending when an answer cannot be recorded, and the next drain finishes the job once', async () => {
    const db = freshDb();
    for (let i = 0; i < 250; i++) await enqueue(feedback(`Speicher ${i}`), 'de', { db });
    const { server, engine } = engineFor(db);
    const bulkPut = db.mine.bulkPut.bind(db.mine);
    let failures = 1;
    db.mine.bulkPut = ((...args: Parameters<typeof bulkPut>) => {
      if (failures-- > 0) return Promise.reject(new Error('disk full'));
      return bulkPut(...args);
    }) as typeof bulkPut;
    await expect(engine.drain()).rejects.toThrow('disk full');
    // The first answer could not be kept: at most the batch already on the wire went too, not the third.
    expect(server.requests).toBeLessThanOrEqual(2);
    const again = await engine.drain();
    expect(again.waiting).toBe(0);
    expect(await db.mine.count()).toBe(250);
    expect([...server.inserts.values()].every((n) => n === 1)).toBe(true);
    expect(server.inserts.size).toBe(250);
  });

  it('survives a server crash in the middle of a batch without losing or doubling items', async () => {
    const db = freshDb();
    for (let i = 0; i < 10; i++) await enqueue(feedback(`Absturz ${i}`), 'de', { db });
    const { server, engine, clock } = engineFor(db, ['crash_before_commit']);
    const first = await engine.drain();
    expect(first.waiting).toBe(10);
    expect(server.stored.size).toBe(5);
    clock.t = first.nextAttemptAt ?? clock.t;
    const second = await engine.drain();
    expect(second.delivered).toBe(10);
    expect(server.stored.size).toBe(10);
    expect(await db.mine.count()).toBe(10);
  });

  it('sendNow skips the backoff', async () => {
    const db = freshDb();
    await enqueue(feedback('jetzt senden'), 'de', { db });
    const { engine, server } = engineFor(db, ['status_500']);
    await engine.drain();
    expect((await engine.drain()).delivered).toBe(0);
    expect((await engine.sendNow()).delivered).toBe(1);
    expect(server.requests).toBe(2);
  });

  it('sendNow keeps the pause a 503 or 429 asked for with Retry-After, and names its end', async () => {
    const db = freshDb();
    await enqueue(feedback('jetzt senden, aber nicht vor Retry-After'), 'de', { db });
    const clock = { t: 1_000_000 };
    // The simulated server says Retry-After: 3 (503), then Retry-After: 7 (429).
    const { engine, server } = engineFor(db, ['status_503_retry_after', 'status_429_retry_after'], clock);
    await engine.drain();
    clock.t += 2_999;
    const held = await engine.sendNow();
    expect(server.requests).toBe(1);
    expect(held).toMatchObject({ delivered: 0, waiting: 1, nextAttemptAt: 1_003_000 });

    clock.t += 1;
    expect((await engine.sendNow()).delivered).toBe(0);
    expect(server.requests).toBe(2);
    clock.t += 6_999;
    expect((await engine.sendNow()).nextAttemptAt).toBe(clock.t + 1);
    expect(server.requests).toBe(2);
    clock.t += 1;
    expect((await engine.sendNow()).delivered).toBe(1);
    expect(server.requests).toBe(3);
  });
});

describe('sync engine with photos', () => {
  const photo = () => ({ blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), type: 'image/jpeg' });

  it('uploads photos before the item that references them', async () => {
    const db = freshDb();
    const item = await enqueue(feedback('mit Foto'), 'de', { db, photos: [photo(), photo()] });
    const { server, engine } = engineFor(db);
    expect((await engine.drain()).delivered).toBe(1);
    expect(item.kind === 'feedback' && item.mediaIds?.length).toBe(2);
    expect([...server.media].sort()).toEqual([...(item.kind === 'feedback' ? (item.mediaIds ?? []) : [])].sort());
  });

  it('retries a photo whose upload failed in passing, without sending the item first', async () => {
    const db = freshDb();
    const item = await enqueue(feedback('Foto wackelt'), 'de', { db, photos: [photo()] });
    const { server, engine, clock } = engineFor(db, ['drop_request']);
    const first = await engine.drain();
    expect(first).toMatchObject({ delivered: 0, waiting: 1 });
    expect(server.stored.size).toBe(0);
    clock.t = first.nextAttemptAt ?? clock.t;
    expect((await engine.drain()).delivered).toBe(1);
    expect(server.stored.has(item.id)).toBe(true);
  });

  it('marks an item whose photo the server refuses as needing attention', async () => {
    const db = freshDb();
    const item = await enqueue(feedback('kein Bild'), 'de', {
      db,
      photos: [{ blob: new Blob(['text']), type: 'text/plain' }],
    });
    await enqueue(feedback('ohne Foto'), 'de', { db });
    const { engine } = engineFor(db);
    expect(await engine.drain()).toMatchObject({ delivered: 1, rejected: 1, waiting: 0 });
    expect(await db.outbox.get(item.id)).toMatchObject({ state: 'needs_attention', error: { code: 'not_an_image' } });
  });
});

describe('resumeAfterOffline', () => {
  it('sends items that waited for the network at once, but keeps a server-requested wait', async () => {
    const db = freshDb();
    const offline = await enqueue(feedback('wartete auf Netz'), 'de', { db });
    const { engine, clock } = engineFor(db, ['drop_request']);
    await engine.drain();
    const throttled = await enqueue(feedback('Server bat um Geduld'), 'de', { db });
    await db.outbox.update(throttled.id, { attempts: 1, nextAttemptAt: clock.t + 60_000, lastProblem: 'http_429' });
    const outcome = await engine.resumeAfterOffline();
    expect(outcome.delivered).toBe(1);
    expect(await db.mine.get(offline.id)).toBeDefined();
    expect(await db.outbox.get(throttled.id)).toMatchObject({ state: 'queued', nextAttemptAt: clock.t + 60_000 });
  });
});
