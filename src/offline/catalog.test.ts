import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Topic } from '../shared/catalog';
import { readCatalog, refreshCatalog } from './catalog';
import { openDatabase, type QsDatabase } from './db';
import type { FetchLike } from './http';

const topics: Topic[] = [{ id: 'gruen', theme: 'social_space', label: { de: 'Grün', en: 'Green' } }];

let n = 0;
const opened: QsDatabase[] = [];
function freshDb() {
  const db = openDatabase(`catalog-test-${++n}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Serves the topics with ETag "v1" and answers a matching If-None-Match with 304. */
function server(seen: Array<string | null> = []): FetchLike {
  return async (_input, init) => {
    const match = new Headers(init?.headers).get('if-none-match');
    seen.push(match);
    if (match === '"v1"') return new Response(null, { status: 304 });
    return new Response(JSON.stringify(topics), { status: 200, headers: { etag: '"v1"' } });
  };
}
const offline: FetchLike = async () => {
  throw new TypeError('Failed to fetch');
};

describe('refreshCatalog', () => {
  it('stores a document, then revalidates it with its ETag', async () => {
    const db = freshDb();
    const seen: Array<string | null> = [];
    expect(await refreshCatalog('topics', db, server(seen))).toBe(true);
    expect(await readCatalog('topics', db)).toEqual(topics);
    expect(await refreshCatalog('topics', db, server(seen))).toBe(true);
    expect(seen).toEqual([null, '"v1"']);
    expect(await readCatalog('topics', db)).toEqual(topics);
  });

  it('keeps the cached copy offline, on a server error and on an answer that does not fit the schema', async () => {
    const db = freshDb();
    expect(await refreshCatalog('topics', db, offline)).toBe(false);
    await refreshCatalog('topics', db, server());
    expect(await refreshCatalog('topics', db, offline)).toBe(true);
    expect(await refreshCatalog('topics', db, async () => new Response('{}', { status: 503 }))).toBe(true);
    expect(await refreshCatalog('topics', db, async () => new Response('[{"id":1}]', { status: 200 }))).toBe(true);
    expect(await readCatalog('topics', db)).toEqual(topics);
  });
});
