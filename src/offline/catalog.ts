import { z } from 'zod';
import { quarterCollectionSchema, topicsFileSchema, type QuarterCollection, type Topic } from '../shared/catalog';
import { centresFileSchema, clientConfigSchema, opportunitiesFileSchema } from '../shared/directory';
import { getDatabase, type QsDatabase } from './db';
import { request, type FetchLike } from './http';

// Catalog documents are cached in IndexedDB and revalidated with their ETag, so every list the
// resident needs (quarters, topics, later centres and opportunities) is there offline after one visit.

export const CATALOG = {
  quarters: { url: '/api/v1/quarters', schema: quarterCollectionSchema },
  topics: { url: '/api/v1/topics', schema: topicsFileSchema },
  centres: { url: '/api/v1/centres', schema: centresFileSchema },
  opportunities: { url: '/api/v1/opportunities', schema: opportunitiesFileSchema },
  mapConfig: { url: '/api/v1/config', schema: clientConfigSchema },
} as const;
export type CatalogKey = keyof typeof CATALOG;
type CatalogData<K extends CatalogKey> = z.infer<(typeof CATALOG)[K]['schema']>;

/** The cached copy, or undefined before the first successful fetch. */
export async function readCatalog<K extends CatalogKey>(
  key: K,
  db: QsDatabase = getDatabase(),
): Promise<CatalogData<K> | undefined> {
  const row = await db.catalog.get(key);
  if (!row) return undefined;
  const parsed = CATALOG[key].schema.safeParse(row.data);
  return parsed.success ? (parsed.data as CatalogData<K>) : undefined;
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
    const parsed = CATALOG[key].schema.safeParse(outcome.body);
    if (!parsed.success) return cached !== undefined;
    await db.catalog.put({ key, etag: outcome.headers.get('etag'), fetchedAt: Date.now(), data: parsed.data });
    return true;
  } catch {
    // Storage failing (quota, private mode) leaves the screens on what they had; they never wait on this.
    return cached !== undefined;
  }
}

export async function refreshAllCatalogs(db: QsDatabase = getDatabase()): Promise<void> {
  await Promise.all((Object.keys(CATALOG) as CatalogKey[]).map((key) => refreshCatalog(key, db)));
}

export type QuarterSummary = { id: string; name: string; district?: string };

/** Quarters for lists and pickers, sorted the way people look for them (German collation). */
export function summariseQuarters(collection: QuarterCollection): QuarterSummary[] {
  return collection.features
    .map((f) => ({ id: f.properties.id, name: f.properties.name, ...(f.properties.district ? { district: f.properties.district } : {}) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

export type { Topic };
