import { z } from 'zod';
import {
  quarterCollectionSchema,
  quarterCollectionShapeSchema,
  quarterNamesSchema,
  quarterPropertiesOnlySchema,
  topicsFileSchema,
  type QuarterCollection,
  type QuarterName,
  type Topic,
} from '../shared/catalog';
import { clientConfigSchema } from '../shared/client-config';
import type { centresFileSchema, opportunitiesFileSchema } from '../shared/directory';
import { getDatabase, type QsDatabase } from './db';
import { request, type FetchLike } from './http';
import { whenIdle } from './when-idle';
import { compareGerman } from '../shared/collate';

// Catalog documents are cached in IndexedDB and revalidated with their ETag, so every list the
// resident needs (quarters, topics, later centres and opportunities) is there offline after one visit.

// `schema` checks a stored copy when it is read; `storeSchema`, where given, checks a download before it is
// stored. The boundaries are only checked coordinate by coordinate when a map or "Wo bin ich?" reads them.
// No import() here: the service worker bundles this module as a classic script, where the chunk loader's
// import.meta fails its evaluation (tried: the worker never installed).

type DirectorySchemas = { centres: typeof centresFileSchema; opportunities: typeof opportunitiesFileSchema };
let directorySchemas: DirectorySchemas | undefined;

/**
 * The centres' and opportunities' schemas (opening hours, time zones, holidays: several kB the start page never
 * uses) are handed in by ./catalog-directory, which the screens that read those two documents import.
 */
export function provideDirectorySchemas(schemas: DirectorySchemas): void {
  directorySchemas = schemas;
}

function directorySchema<K extends keyof DirectorySchemas>(key: K): DirectorySchemas[K] {
  if (!directorySchemas) throw new Error(`Read the ${key} catalog through src/offline/catalog-directory.ts.`);
  return directorySchemas[key];
}

interface CatalogEntry<S extends z.ZodType> {
  url: string;
  schema: () => S | Promise<S>;
  storeSchema?: z.ZodType;
}

export const CATALOG = {
  quarterNames: { url: '/api/v1/quarter-names', schema: () => quarterNamesSchema },
  quarters: { url: '/api/v1/quarters', schema: () => quarterCollectionSchema, storeSchema: quarterCollectionShapeSchema },
  topics: { url: '/api/v1/topics', schema: () => topicsFileSchema },
  centres: { url: '/api/v1/centres', schema: () => directorySchema('centres') },
  opportunities: { url: '/api/v1/opportunities', schema: () => directorySchema('opportunities') },
  mapConfig: { url: '/api/v1/config', schema: () => clientConfigSchema },
} satisfies {
  quarterNames: CatalogEntry<typeof quarterNamesSchema>;
  quarters: CatalogEntry<typeof quarterCollectionSchema>;
  topics: CatalogEntry<typeof topicsFileSchema>;
  centres: CatalogEntry<typeof centresFileSchema>;
  opportunities: CatalogEntry<typeof opportunitiesFileSchema>;
  mapConfig: CatalogEntry<typeof clientConfigSchema>;
};
export type CatalogKey = keyof typeof CATALOG;
type CatalogData<K extends CatalogKey> = z.infer<Awaited<ReturnType<(typeof CATALOG)[K]['schema']>>>;

/**
 * The last checked copy per database and key, kept while its ETag stays: live queries read again on every
 * change to the catalog table (a 304 touches `fetchedAt`), and the boundaries are costly to check.
 */
const checked = new WeakMap<QsDatabase, Map<CatalogKey, { etag: string; data: unknown }>>();

/** The cached copy, or undefined before the first successful fetch. */
export async function readCatalog<K extends CatalogKey>(
  key: K,
  db: QsDatabase = getDatabase(),
): Promise<CatalogData<K> | undefined> {
  return checkedCopy(key, await db.catalog.get(key), db);
}

/**
 * Several documents at once, in one IndexedDB transaction: a screen that needs more than one reads them together,
 * and a live query over them reads again once per change instead of once per document and change (the start
 * page's catalog reads were 17 transactions on a first visit, each with Dexie's bookkeeping on the main thread).
 */
export async function readCatalogs<K extends CatalogKey>(
  keys: readonly K[],
  db: QsDatabase = getDatabase(),
): Promise<{ [P in K]: CatalogData<P> | undefined }> {
  const rows = await db.catalog.bulkGet([...keys]);
  const copies = await Promise.all(keys.map((key, index) => checkedCopy(key, rows[index], db)));
  return Object.fromEntries(keys.map((key, index) => [key, copies[index]])) as { [P in K]: CatalogData<P> | undefined };
}

async function checkedCopy<K extends CatalogKey>(
  key: K,
  row: { etag: string | null; data: unknown } | undefined,
  db: QsDatabase,
): Promise<CatalogData<K> | undefined> {
  if (!row) return undefined;
  const known = checked.get(db)?.get(key);
  if (known && row.etag !== null && known.etag === row.etag) return known.data as CatalogData<K>;
  const schema: z.ZodType = await CATALOG[key].schema();
  const parsed = schema.safeParse(row.data);
  if (!parsed.success) return undefined;
  remember(db, key, row.etag, parsed.data);
  return parsed.data as CatalogData<K>;
}

function remember(db: QsDatabase, key: CatalogKey, etag: string | null, data: unknown): void {
  if (etag === null) return;
  let byKey = checked.get(db);
  if (!byKey) checked.set(db, (byKey = new Map()));
  byKey.set(key, { etag, data });
}

/**
 * The quarters for lists and pickers: the names document, or — on a device that cached the boundaries
 * before it existed, now offline — the properties of the cached FeatureCollection, its geometry unread.
 * The names document comes sorted (GET /api/v1/quarter-names promises German collation); sorting it again
 * made the start page build a German collator, ≈ 20 ms of main thread on this machine, 80 ms at 4× CPU.
 */
export async function readQuarterNames(db: QsDatabase = getDatabase()): Promise<QuarterSummary[] | undefined> {
  return quarterSummaries(await readCatalog('quarterNames', db), db);
}

/**
 * What the start form reads: the quarter names (as readQuarterNames) and the topics, in one transaction (two on
 * a device that has only the boundaries cached, from before the names document existed).
 */
export async function readFormCatalogs(db: QsDatabase = getDatabase()) {
  const { quarterNames, topics } = await readCatalogs(['quarterNames', 'topics'], db);
  return { quarters: await quarterSummaries(quarterNames, db), topics };
}

/** What the feed reads: the form's catalogs, the boundaries for its map and the map configuration, in one transaction. */
export async function readFeedCatalogs(db: QsDatabase = getDatabase()) {
  const { quarterNames, topics, quarters, mapConfig } = await readCatalogs(['quarterNames', 'topics', 'quarters', 'mapConfig'], db);
  return { quarters: await quarterSummaries(quarterNames, db), topics, collection: quarters, mapConfig };
}

/** The summaries per checked names document: a read that finds the same copy gives the same list, and a form's
 * picker and resolver, which depend on it, stay as they are when another document changed. */
const summaries = new WeakMap<QuarterName[], QuarterSummary[]>();

async function quarterSummaries(names: QuarterName[] | undefined, db: QsDatabase): Promise<QuarterSummary[] | undefined> {
  if (names) {
    let list = summaries.get(names);
    if (!list) summaries.set(names, (list = names.map(toSummary)));
    return list;
  }
  const row = await db.catalog.get('quarters');
  const parsed = row ? quarterPropertiesOnlySchema.safeParse(row.data) : undefined;
  return parsed?.success ? sortQuarters(parsed.data.features.map((feature) => feature.properties)) : undefined;
}

/** The quarters' boundaries can be large and the connection poor: a catalog read may take longer than others. */
export const CATALOG_TIMEOUT_MS = 60_000;

/**
 * Revalidates one document (If-None-Match). Offline or on a server error the cached copy stays;
 * returns whether the cache now holds a copy.
 */
export async function refreshCatalog(key: CatalogKey, db: QsDatabase = getDatabase(), fetchImpl?: FetchLike): Promise<boolean> {
  const cached = await db.catalog.get(key);
  try {
    const outcome = await request(CATALOG[key].url, {
      fetchImpl,
      timeoutMs: CATALOG_TIMEOUT_MS,
      ...(cached?.etag ? { headers: { 'if-none-match': cached.etag } } : {}),
    });
    if (outcome.kind === 'http' && outcome.status === 304 && cached) {
      await db.catalog.update(key, { fetchedAt: Date.now() });
      return true;
    }
    if (outcome.kind !== 'ok') return cached !== undefined;
    const entry: CatalogEntry<z.ZodType> = CATALOG[key];
    const parsed = (entry.storeSchema ?? (await entry.schema())).safeParse(outcome.body);
    if (!parsed.success) return cached !== undefined;
    const etag = outcome.headers.get('etag');
    await db.catalog.put({ key, etag, fetchedAt: Date.now(), data: parsed.data });
    // Checked with the schema a read uses: the live queries that read it next need not check it again.
    if (!entry.storeSchema) remember(db, key, etag, parsed.data);
    return true;
  } catch {
    // Storage failing (quota, private mode) leaves the screens on what they had; they never wait on this.
    return cached !== undefined;
  }
}

/**
 * The start form's refresh: the quarter names and topics it needs first, on their own; the boundaries (80 kB,
 * 20 kB over the wire: parsed, checked and stored on the main thread) and the map configuration only once those
 * have settled and the browser is idle. Neither is needed to fill in the form — "Wo bin ich?" and the pin map read
 * them, and fetch the boundaries themselves if they are still missing — so on a poor connection they do not share
 * the bandwidth with what the form waits for, nor the main thread with its first render on a slow phone.
 * Resolves with whether names and topics are now on the device.
 */
export async function refreshFormCatalogs(
  db: QsDatabase = getDatabase(),
  options: { fetchImpl?: FetchLike; idle?: (task: () => void) => void } = {},
): Promise<boolean> {
  const { fetchImpl, idle = whenIdle } = options;
  const needed = await Promise.all([refreshCatalog('quarterNames', db, fetchImpl), refreshCatalog('topics', db, fetchImpl)]);
  idle(() => {
    void refreshCatalog('quarters', db, fetchImpl);
    void refreshCatalog('mapConfig', db, fetchImpl);
  });
  return needed.every(Boolean);
}

export type QuarterSummary = { id: string; name: string; district?: string };

/** Sorted the way people look for them (German collation). */
function sortQuarters(quarters: QuarterName[]): QuarterSummary[] {
  return quarters.map(toSummary).sort((a, b) => compareGerman(a.name, b.name));
}

function toSummary(quarter: QuarterName): QuarterSummary {
  return { id: quarter.id, name: quarter.name, ...(quarter.district ? { district: quarter.district } : {}) };
}

/** Quarters for lists and pickers from the boundaries document. */
export function summariseQuarters(collection: QuarterCollection): QuarterSummary[] {
  return sortQuarters(collection.features.map((f) => f.properties));
}

export type { Topic };
