import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedItem } from '../shared/feed';
import { openDatabase, type QsDatabase } from './db';
import { feedKey, feedUrl, loadMoreFeed, mergeFeedPages, readFeed, refreshFeed } from './feed';

const item = (id: string, supportCount = 0): FeedItem => ({
  id,
  kind: 'proposal',
  quarterId: 'altstadt',
  topicId: 'gruen',
  title: `Vorschlag ${id}`,
  text: 'Mehr Bänke',
  createdAt: '2026-05-01T10:00:00.000Z',
  status: 'received',
  supportCount,
  mediaIds: [],
});

let n = 0;
const opened: QsDatabase[] = [];
function freshDb() {
  const db = openDatabase(`feed-test-${++n}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function jsonFetch(pages: Record<string, unknown>, seen: string[] = []): typeof fetch {
  return async (input) => {
    const url = String(input);
    seen.push(url);
    const body = pages[url];
    if (body === undefined) return new Response('{"error":{"code":"not_found","message":"x"}}', { status: 404 });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
const failingFetch: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

describe('feed cache', () => {
  it('keys by quarter and sort, and builds the URL with the cursor', () => {
    expect(feedKey('altstadt', 'supported')).toBe('feed:altstadt:supported');
    expect(feedUrl('altstadt', 'newest')).toBe('/api/v1/quarters/altstadt/feed?sort=newest');
    expect(feedUrl('a b', 'newest', 'c1')).toBe('/api/v1/quarters/a%20b/feed?sort=newest&cursor=c1');
  });

  it('stores the first page with its time and keeps it when offline', async () => {
    const db = freshDb();
    const pages = { '/api/v1/quarters/altstadt/feed?sort=newest': { items: [item('1')], nextCursor: null } };
    expect(await refreshFeed('altstadt', 'newest', { db, fetchImpl: jsonFetch(pages), now: () => 1000 })).toBe('fresh');
    expect(await readFeed('altstadt', 'newest', db)).toEqual({ items: [item('1')], nextCursor: null, fetchedAt: 1000 });

    expect(await refreshFeed('altstadt', 'newest', { db, fetchImpl: failingFetch, now: () => 2000 })).toBe('offline');
    expect((await readFeed('altstadt', 'newest', db))?.fetchedAt).toBe(1000);
    expect(await readFeed('altstadt', 'supported', db)).toBeUndefined();
  });

  it('keeps the cache when the server answers an error or a wrong shape', async () => {
    const db = freshDb();
    const url = '/api/v1/quarters/altstadt/feed?sort=newest';
    await refreshFeed('altstadt', 'newest', { db, fetchImpl: jsonFetch({ [url]: { items: [item('1')], nextCursor: null } }) });
    expect(await refreshFeed('altstadt', 'newest', { db, fetchImpl: jsonFetch({}) })).toBe('error');
    expect(await refreshFeed('altstadt', 'newest', { db, fetchImpl: jsonFetch({ [url]: { items: 'no' } }) })).toBe('error');
    expect((await readFeed('altstadt', 'newest', db))?.items.map((i) => i.id)).toEqual(['1']);
  });

  it('appends further pages once, following the cursor, and a refresh starts over', async () => {
    const db = freshDb();
    const seen: string[] = [];
    const pages = {
      '/api/v1/quarters/altstadt/feed?sort=supported': { items: [item('1', 5), item('2', 3)], nextCursor: 'c2' },
      '/api/v1/quarters/altstadt/feed?sort=supported&cursor=c2': { items: [item('2', 3), item('3', 1)], nextCursor: null },
    };
    const fetchImpl = jsonFetch(pages, seen);
    await refreshFeed('altstadt', 'supported', { db, fetchImpl, now: () => 1 });
    await loadMoreFeed('altstadt', 'supported', { db, fetchImpl, now: () => 2 });
    const cached = await readFeed('altstadt', 'supported', db);
    expect(cached?.items.map((i) => i.id)).toEqual(['1', '2', '3']);
    expect(cached?.nextCursor).toBeNull();
    expect(await loadMoreFeed('altstadt', 'supported', { db, fetchImpl })).toBe('fresh');
    expect(seen).toHaveLength(2);
    await refreshFeed('altstadt', 'supported', { db, fetchImpl, now: () => 3 });
    expect((await readFeed('altstadt', 'supported', db))?.items.map((i) => i.id)).toEqual(['1', '2']);
  });

  it('revalidates with the ETag and keeps the cache on 304, stamping the new time', async () => {
    const db = freshDb();
    const sent: (string | null)[] = [];
    const fetchImpl: typeof fetch = async (_input, init) => {
      const match = new Headers(init?.headers).get('if-none-match');
      sent.push(match);
      if (match === '"v1"') return new Response(null, { status: 304 });
      return new Response(JSON.stringify({ items: [item('1')], nextCursor: null }), { status: 200, headers: { etag: '"v1"' } });
    };
    await refreshFeed('altstadt', 'newest', { db, fetchImpl, now: () => 1 });
    expect(await refreshFeed('altstadt', 'newest', { db, fetchImpl, now: () => 2 })).toBe('fresh');
    expect(sent).toEqual([null, '"v1"']);
    expect(await readFeed('altstadt', 'newest', db)).toEqual({ items: [item('1')], nextCursor: null, fetchedAt: 2 });
  });

  it('merges pages without duplicates', () => {
    const merged = mergeFeedPages({ items: [item('a')], nextCursor: 'x', fetchedAt: 1 }, { items: [item('a'), item('b')], nextCursor: null }, 9);
    expect(merged).toEqual({ items: [item('a'), item('b')], nextCursor: null, fetchedAt: 9 });
  });
});
