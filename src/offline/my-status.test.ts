import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SubmitterView } from '../shared/submission';
import { openDatabase, type QsDatabase } from './db';
import { listMyItems, newsKind, statusKey } from './outbox';
import { countNews, deleteLocalCopy, hasNews, LOST_BY_SERVER, markSeen, refreshMyStatuses, seenKeyAfterFetch } from './my-status';
import { lookupReceipt } from './receipt-lookup';
import { contactDeletedAt, requestContactDeletion } from './contact-deletion';

let n = 0;
const opened: QsDatabase[] = [];
function freshDb() {
  const db = openDatabase(`status-test-${++n}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const ID = '6f1c1f0e-0000-4000-8000-0000000000aa';
const view = (patch: Partial<SubmitterView> = {}): SubmitterView => ({
  id: ID,
  kind: 'proposal',
  receipt: 'ERF-4K7Q-M2XD',
  status: 'received',
  moderation: 'pending',
  createdAt: '2026-05-01T10:00:00.000Z',
  receivedAt: '2026-05-01T10:00:01.000Z',
  history: [],
  ...patch,
});
const proposal = {
  kind: 'proposal' as const,
  id: ID,
  createdAt: '2026-05-01T10:00:00.000Z',
  locale: 'de',
  quarterId: 'altstadt',
  topicId: 'gruen',
  title: 'Bänke',
  text: 'Mehr Bänke am Domplatz',
};

function serverWith(views: Map<string, SubmitterView>, calls: string[] = []): typeof fetch {
  return async (input, init) => {
    const url = String(input);
    calls.push(`${init?.method ?? 'GET'} ${url}`);
    const id = /\/api\/v1\/submissions\/([^/]+)$/.exec(url)?.[1];
    const byReceipt = /\/api\/v1\/receipts\/(.+)$/.exec(url)?.[1];
    const found = id ? views.get(id) : byReceipt ? [...views.values()].find((v) => v.receipt === decodeURIComponent(byReceipt)) : undefined;
    if (init?.method === 'DELETE') return new Response(null, { status: views.has(url.split('/')[4] ?? '') ? 204 : 404 });
    if (!found) return new Response('{"error":{"code":"not_found","message":"no"}}', { status: 404 });
    return new Response(JSON.stringify(found), { status: 200 });
  };
}
const offline: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

describe('seenKeyAfterFetch', () => {
  it('takes a plain "received" as the baseline, but not a first answer that already says more', () => {
    expect(seenKeyAfterFetch(undefined, false, view())).toBe(statusKey(view()));
    expect(seenKeyAfterFetch(undefined, false, view({ status: 'in_progress' }))).toBeUndefined();
    expect(seenKeyAfterFetch(undefined, false, view({ publicResponse: 'Danke' }))).toBeUndefined();
    expect(seenKeyAfterFetch(undefined, false, view({ moderation: 'published' }))).toBeUndefined();
    expect(seenKeyAfterFetch('old', true, view())).toBe('old');
  });
});

describe('hasNews', () => {
  it('is news when the status, moderation or answer differs from what was seen', () => {
    expect(hasNews({})).toBe(false);
    expect(hasNews({ server: view(), seenStatusKey: statusKey(view()) })).toBe(false);
    expect(hasNews({ server: view({ status: 'done' }), seenStatusKey: statusKey(view()) })).toBe(true);
    expect(hasNews({ server: view({ publicResponse: 'Wir prüfen das.' }), seenStatusKey: statusKey(view()) })).toBe(true);
  });
});

describe('newsKind', () => {
  it('calls a new or changed public answer an answer, anything else a new status', () => {
    const seen = statusKey(view());
    expect(newsKind(view({ publicResponse: 'Wir prüfen das.' }), seen)).toBe('answer');
    expect(newsKind(view({ status: 'in_progress' }), seen)).toBe('status');
    const answered = view({ publicResponse: 'A | B' });
    expect(newsKind({ ...answered, status: 'done' }, statusKey(answered)), 'same answer, new status').toBe('status');
    expect(newsKind(view({ publicResponse: 'A | C' }), statusKey(answered)), 'changed answer').toBe('answer');
    expect(newsKind(view({ publicResponse: 'Erste Antwort' }), undefined)).toBe('answer');
  });
});

describe('refreshMyStatuses', () => {
  it('caches the server view, shows the badge on a change, and clears it when seen', async () => {
    const db = freshDb();
    await db.mine.put({ id: ID, item: proposal, kind: 'proposal', receipt: 'ERF-4K7Q-M2XD', deliveredAt: 1 });
    const views = new Map([[ID, view()]]);
    expect(await refreshMyStatuses({ db, fetchImpl: serverWith(views), now: () => 10 })).toEqual({ updated: 1, offline: false, failed: 0, requeued: 0 });
    expect(await countNews(db)).toBe(0);
    expect((await db.mine.get(ID))?.serverFetchedAt).toBe(10);

    views.set(ID, view({ status: 'in_progress', moderation: 'published', publicResponse: 'Wir kümmern uns.' }));
    await refreshMyStatuses({ db, fetchImpl: serverWith(views) });
    expect(await countNews(db)).toBe(1);
    expect((await listMyItems(db))[0]?.changed).toBe(true);
    await markSeen(ID, db);
    expect(await countNews(db)).toBe(0);
  });

  it('stops at the first network failure, keeps the cache and checks a support only once', async () => {
    const db = freshDb();
    await db.mine.put({ id: ID, item: proposal, kind: 'proposal', receipt: 'ERF-4K7Q-M2XD', deliveredAt: 1, server: view() });
    const support = { kind: 'support' as const, id: crypto.randomUUID(), createdAt: proposal.createdAt, locale: 'de', proposalId: ID, supporterId: crypto.randomUUID() };
    await db.mine.put({ id: support.id, item: support, kind: 'support', receipt: 'ERF-X', deliveredAt: 2 });
    const calls: string[] = [];
    expect((await refreshMyStatuses({ db, fetchImpl: offline })).offline).toBe(true);
    expect((await db.mine.get(ID))?.server?.status).toBe('received');
    // The support is checked once (is it stored?), then left alone: it has no status to follow.
    const views = new Map([
      [ID, view()],
      [support.id, view({ id: support.id, kind: 'support' })],
    ]);
    await refreshMyStatuses({ db, fetchImpl: serverWith(views, calls) });
    expect(calls.sort()).toEqual([`GET /api/v1/submissions/${ID}`, `GET /api/v1/submissions/${support.id}`].sort());
    expect((await db.mine.get(support.id))?.server).toBeUndefined();
    calls.length = 0;
    await refreshMyStatuses({ db, fetchImpl: serverWith(views, calls) });
    expect(calls).toEqual([`GET /api/v1/submissions/${ID}`]);
  });

  it('sends an item again that the server lost after giving a receipt', async () => {
    const db = freshDb();
    // Delivered; the server answers 404 (its last commits were lost in a power cut, or it was restored).
    await db.mine.put({ id: ID, item: proposal, kind: 'proposal', receipt: 'ERF-4K7Q-M2XD', deliveredAt: 1, server: view() });
    const kept = { ...proposal, id: crypto.randomUUID() };
    await db.mine.put({ id: kept.id, item: kept, kind: 'proposal', receipt: 'ERF-AAAA-BBBB', deliveredAt: 2 });
    const outcome = await refreshMyStatuses({ db, fetchImpl: serverWith(new Map([[kept.id, view({ id: kept.id })]])), now: () => 50 });
    expect(outcome).toEqual({ updated: 1, offline: false, failed: 0, requeued: 1 });
    expect(await db.mine.get(ID)).toBeUndefined();
    expect(await db.outbox.get(ID)).toMatchObject({ item: proposal, state: 'queued', attempts: 0, nextAttemptAt: 0, lastProblem: LOST_BY_SERVER });
    expect(await db.outbox.get(kept.id)).toBeUndefined();
  });

  it('sends a support again that the server lost', async () => {
    const db = freshDb();
    const support = { kind: 'support' as const, id: crypto.randomUUID(), createdAt: proposal.createdAt, locale: 'de', proposalId: ID, supporterId: crypto.randomUUID() };
    await db.mine.put({ id: support.id, item: support, kind: 'support', receipt: 'ERF-X', deliveredAt: 2 });
    expect(await refreshMyStatuses({ db, fetchImpl: serverWith(new Map()) })).toMatchObject({ requeued: 1 });
    expect(await db.outbox.get(support.id)).toMatchObject({ item: support, state: 'queued' });
  });

  it('does not re-send on other errors (a deleted item would answer 410 Gone)', async () => {
    const db = freshDb();
    await db.mine.put({ id: ID, item: proposal, kind: 'proposal', receipt: 'ERF-4K7Q-M2XD', deliveredAt: 1 });
    for (const status of [410, 500]) {
      const outcome = await refreshMyStatuses({ db, fetchImpl: async () => new Response('{}', { status }) });
      expect(outcome).toMatchObject({ failed: 1, requeued: 0 });
    }
    expect(await db.mine.get(ID)).toBeDefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it('deletes the local copy only', async () => {
    const db = freshDb();
    await db.mine.put({ id: ID, item: proposal, kind: 'proposal', receipt: 'R', deliveredAt: 1 });
    await deleteLocalCopy(ID, db);
    expect(await db.mine.count()).toBe(0);
  });
});

describe('lookupReceipt', () => {
  it('normalises what people type and asks the server', async () => {
    const db = freshDb();
    const result = await lookupReceipt(' erf 4k7q m2xd ', { db, fetchImpl: serverWith(new Map([[ID, view()]])) });
    expect(result).toMatchObject({ kind: 'found', source: 'server', view: { receipt: 'ERF-4K7Q-M2XD' } });
    expect(await lookupReceipt('ERF-0000-0000', { db, fetchImpl: serverWith(new Map()) })).toEqual({ kind: 'not_found' });
    expect(await lookupReceipt('abc', { db, fetchImpl: serverWith(new Map()) })).toEqual({ kind: 'invalid' });
  });

  it('answers from the device for my own items when offline', async () => {
    const db = freshDb();
    expect(await lookupReceipt('ERF-4K7Q-M2XD', { db, fetchImpl: offline })).toEqual({ kind: 'offline' });
    await db.mine.put({ id: ID, item: proposal, kind: 'proposal', receipt: 'ERF-4K7Q-M2XD', deliveredAt: 1, server: view(), serverFetchedAt: 5 });
    expect(await lookupReceipt('erf-4k7q-m2xd', { db, fetchImpl: offline })).toMatchObject({ kind: 'found', source: 'device', fetchedAt: 5 });
  });
});

describe('requestContactDeletion', () => {
  it('remembers a confirmed deletion and says offline without a connection', async () => {
    const db = freshDb();
    expect(await requestContactDeletion(ID, { db, fetchImpl: offline })).toBe('offline');
    expect(await contactDeletedAt(ID, db)).toBeUndefined();
    expect(await requestContactDeletion(ID, { db, fetchImpl: serverWith(new Map([[ID, view()]])), now: () => 42 })).toBe('deleted');
    expect(await contactDeletedAt(ID, db)).toBe(42);
    expect(await requestContactDeletion('unknown', { db, fetchImpl: serverWith(new Map()) })).toBe('not_found');
  });
});
