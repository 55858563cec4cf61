import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { quarterCollectionSchema, type Topic } from '../shared/catalog';
import { compareGerman } from '../shared/collate';
import { readCatalog, readFeedCatalogs, readFormCatalogs, readQuarterNames, refreshCatalog, refreshFormCatalogs } from './catalog';
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

const geojson = quarterCollectionSchema.parse(
  JSON.parse(readFileSync(new URL('../../seeds/erfurt/quarters.geojson', import.meta.url), 'utf8')),
);
const answer = (body: unknown, etag: string): FetchLike => async () => new Response(JSON.stringify(body), { status: 200, headers: { etag } });

describe('quarter names and boundaries', () => {
  it("reads the names document in the order it came in: the API sorts it (German collation), the page need not", async () => {
    const db = freshDb();
    const names = [
      { id: 'a', name: 'Äußere Mitte', district: 'Ost' },
      { id: 'c', name: 'Berg' },
      { id: 'b', name: 'Zentrum' },
    ];
    expect(await readQuarterNames(db)).toBeUndefined();
    expect(await refreshCatalog('quarterNames', db, answer(names, '"n1"'))).toBe(true);
    expect(await readQuarterNames(db)).toEqual(names);
  });

  it('takes the names from cached boundaries when a device has no names document yet (cached before it existed)', async () => {
    const db = freshDb();
    await db.catalog.put({ key: 'quarters', etag: '"old"', fetchedAt: 1, data: geojson });
    const names = await readQuarterNames(db);
    expect(names).toHaveLength(53);
    expect(names).toContainEqual({ id: 'erfurt-42-kuehnhausen', name: 'Kühnhausen' });
    // The boundaries document is in the data pack's order: these are sorted here.
    expect(names?.map((quarter) => quarter.name)).toEqual(names?.map((quarter) => quarter.name).sort(compareGerman));
  });

  it('stores boundaries after a shape check and checks their coordinates when they are read', async () => {
    const db = freshDb();
    const first = geojson.features[0];
    if (!first) throw new Error('no quarter in the seed');
    const broken = { ...geojson, features: [{ ...first, geometry: { type: 'Polygon', coordinates: [[[500, 0]]] } }] };
    expect(await refreshCatalog('quarters', db, answer(broken, '"bad"'))).toBe(true);
    // A ring of one point at longitude 500 passes the shape check, not the full one: not used for a map.
    expect(await readCatalog('quarters', db)).toBeUndefined();
    // The names in it are still fine for the pickers.
    expect(await readQuarterNames(db)).toEqual([{ id: first.properties.id, name: first.properties.name }]);
    // A document that is not a FeatureCollection at all is not stored.
    expect(await refreshCatalog('quarters', db, answer({ type: 'Feature' }, '"worse"'))).toBe(true);
    expect((await db.catalog.get('quarters'))?.etag).toBe('"bad"');

    expect(await refreshCatalog('quarters', db, answer(geojson, '"good"'))).toBe(true);
    expect((await readCatalog('quarters', db))?.features).toHaveLength(53);
  });

  it('checks a stored copy once per ETag, and again when a new one arrives', async () => {
    const db = freshDb();
    await refreshCatalog('quarters', db, answer(geojson, '"q1"'));
    const once = await readCatalog('quarters', db);
    expect(await readCatalog('quarters', db)).toBe(once);
    await refreshCatalog('quarters', db, answer({ ...geojson, features: geojson.features.slice(0, 2) }, '"q2"'));
    const next = await readCatalog('quarters', db);
    expect(next).not.toBe(once);
    expect(next?.features).toHaveLength(2);
  });

  it('takes a download checked with the read schema as checked: the next read does not parse it again', async () => {
    const db = freshDb();
    await refreshCatalog('topics', db, server());
    // Same ETag, other bytes: only a read that parsed the stored row again would notice.
    await db.catalog.update('topics', { data: [] });
    expect(await readCatalog('topics', db)).toHaveLength(topics.length);
  });
});

/** The IndexedDB transactions `db` opens from now on, as "mode tables". */
function recordTransactions(db: QsDatabase): string[] {
  const transactions: string[] = [];
  db.use({
    stack: 'dbcore',
    name: 'count-transactions',
    create: (core) => ({
      ...core,
      transaction: (tables, mode, options) => {
        transactions.push(`${mode} ${tables.join(',')}`);
        return core.transaction(tables, mode, options);
      },
    }),
  });
  return transactions;
}

describe('readFormCatalogs', () => {
  it('reads what the start form needs in one transaction, each document as readCatalog and readQuarterNames give it', async () => {
    const db = freshDb();
    const transactions = recordTransactions(db);
    expect(await readFormCatalogs(db)).toEqual({ quarters: undefined, topics: undefined });
    const names = [{ id: 'b', name: 'Berg', district: 'Ost' }];
    await refreshCatalog('quarterNames', db, answer(names, '"n1"'));
    await refreshCatalog('topics', db, server());
    transactions.length = 0;
    const first = await readFormCatalogs(db);
    expect(transactions).toEqual(['readonly catalog']);
    expect(first).toEqual({ quarters: await readQuarterNames(db), topics: await readCatalog('topics', db) });
    // The same stored copy gives the same list: the form's picker and resolver stay when the other document changes.
    await refreshCatalog('topics', db, async () => new Response(JSON.stringify([...topics, { ...topics[0], id: 'more' }]), { status: 200, headers: { etag: '"v2"' } }));
    const second = await readFormCatalogs(db);
    expect(second.quarters).toBe(first.quarters);
    expect(second.topics).toHaveLength(2);
  });
});

describe('readFeedCatalogs', () => {
  it('reads names, topics, boundaries and map configuration in one transaction, unchanged documents as the same objects', async () => {
    const db = freshDb();
    const transactions = recordTransactions(db);
    const config = { tileUrl: 'https://tiles.example/{z}/{x}/{y}.png', tileAttribution: '© OpenStreetMap' };
    await refreshCatalog('quarterNames', db, answer([{ id: 'b', name: 'Berg' }], '"n1"'));
    await refreshCatalog('quarters', db, answer(geojson, '"q1"'));
    await refreshCatalog('mapConfig', db, answer(config, '"c1"'));
    await refreshCatalog('topics', db, server());
    transactions.length = 0;
    const first = await readFeedCatalogs(db);
    expect(transactions).toEqual(['readonly catalog']);
    expect(first).toEqual({
      quarters: await readQuarterNames(db),
      topics: await readCatalog('topics', db),
      collection: await readCatalog('quarters', db),
      mapConfig: await readCatalog('mapConfig', db),
    });
    expect(first.collection?.features).toHaveLength(geojson.features.length);
    // A new topic list leaves the boundaries' copy as it was: the feed's map is not drawn again for it.
    await refreshCatalog('topics', db, answer([...topics, { ...topics[0], id: 'more' }], '"v2"'));
    const second = await readFeedCatalogs(db);
    expect(second.collection).toBe(first.collection);
    expect(second.quarters).toBe(first.quarters);
    expect(second.topics).toHaveLength(2);
  });
});

describe('refreshFormCatalogs', () => {
  /** Answers each catalog URL with its document and records the order in which they were asked for. */
  function city(asked: string[]): FetchLike {
    const documents: Record<string, unknown> = {
      '/api/v1/quarter-names': [{ id: 'erfurt-1-altstadt', name: 'Altstadt' }],
      '/api/v1/topics': topics,
      '/api/v1/quarters': geojson,
      '/api/v1/config': { tileUrl: 'https://tiles.example/{z}/{x}/{y}.png', tileAttribution: '© OpenStreetMap' },
    };
    return async (input) => {
      const url = new URL(String(input), 'http://localhost').pathname;
      asked.push(url);
      return new Response(JSON.stringify(documents[url]), { status: 200, headers: { etag: `"${url}"` } });
    };
  }

  it('asks for the names and topics first, the boundaries and map configuration only when the browser is idle', async () => {
    const db = freshDb();
    const asked: string[] = [];
    let idleTask: (() => void) | undefined;
    expect(await refreshFormCatalogs(db, { fetchImpl: city(asked), idle: (task) => (idleTask = task) })).toBe(true);
    expect(asked.sort()).toEqual(['/api/v1/quarter-names', '/api/v1/topics']);
    expect(await readCatalog('quarters', db)).toBeUndefined();

    idleTask?.();
    await expect.poll(() => db.catalog.count()).toBe(4);
    expect(asked.slice(2).sort()).toEqual(['/api/v1/config', '/api/v1/quarters']);
    expect((await readCatalog('quarters', db))?.features).toHaveLength(geojson.features.length);
  });

  it('says so when the form cannot have its catalogs, and still leaves the boundaries for later', async () => {
    const db = freshDb();
    let idle = 0;
    expect(await refreshFormCatalogs(db, { fetchImpl: offline, idle: () => idle++ })).toBe(false);
    expect(idle).toBe(1);
  });
});
