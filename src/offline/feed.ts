import { feedPageSchema, type FeedItem, type FeedPage, type FeedSort } from '../shared/feed';
import { getDatabase, type QsDatabase } from './db';
import { isNoAnswer, request, type FetchLike } from './http';

// The public feed of a quarter, cached in the catalog table under `feed:<quarterId>:<sort>` so the
// resident can read it offline. The cache holds every page loaded so far and when it was fetched
// ("Stand: …" on screen); a refresh replaces it with the first page again.

export interface CachedFeed {
  items: FeedItem[];
  nextCursor: string | null;
  fetchedAt: number;
}

export type FeedRefresh = 'fresh' | 'offline' | 'error';

export function feedKey(quarterId: string, sort: FeedSort): string {
  return `feed:${quarterId}:${sort}`;
}

export function feedUrl(quarterId: string, sort: FeedSort, cursor?: string | null): string {
  const params = new URLSearchParams({ sort });
  if (cursor) params.set('cursor', cursor);
  return `/api/v1/quarters/${encodeURIComponent(quarterId)}/feed?${params.toString()}`;
}

/** Appends a further page; an item that moved between pages while we read is kept once, where first seen. */
export function mergeFeedPages(existing: CachedFeed, page: FeedPage, fetchedAt: number): CachedFeed {
  const seen = new Set(existing.items.map((i) => i.id));
  return {
    items: [...existing.items, ...page.items.filter((i) => !seen.has(i.id))],
    nextCursor: page.nextCursor,
    fetchedAt,
  };
}

/** The stored shape is checked again on read: the cache outlives app updates. */
export function parseCachedFeed(data: unknown, fetchedAt: number): CachedFeed | undefined {
  const parsed = feedPageSchema.safeParse(data);
  return parsed.success ? { items: parsed.data.items, nextCursor: parsed.data.nextCursor, fetchedAt } : undefined;
}

export async function readFeed(quarterId: string, sort: FeedSort, db: QsDatabase = getDatabase()): Promise<CachedFeed | undefined> {
  const row = await db.catalog.get(feedKey(quarterId, sort));
  return row ? parseCachedFeed(row.data, row.fetchedAt) : undefined;
}

interface FeedOptions {
  db?: QsDatabase;
  fetchImpl?: FetchLike;
  now?: () => number;
}

type Fetched = { page: FeedPage; etag: string | null } | 'unchanged' | 'offline' | 'error';

async function fetchPage(fetchImpl: FetchLike | undefined, url: string, etag?: string | null): Promise<Fetched> {
  const outcome = await request(url, { fetchImpl, ...(etag ? { headers: { 'if-none-match': etag } } : {}) });
  if (isNoAnswer(outcome)) return 'offline';
  if (outcome.kind === 'http' && outcome.status === 304) return 'unchanged';
  if (outcome.kind !== 'ok') return 'error';
  const parsed = feedPageSchema.safeParse(outcome.body);
  return parsed.success ? { page: parsed.data, etag: outcome.headers.get('etag') } : 'error';
}

/**
 * Fetches the first page (revalidating with the stored ETag) and replaces the cache; offline or
 * on an error the cached copy stays.
 */
export async function refreshFeed(quarterId: string, sort: FeedSort, options: FeedOptions = {}): Promise<FeedRefresh> {
  const db = options.db ?? getDatabase();
  const now = options.now ?? Date.now;
  const key = feedKey(quarterId, sort);
  const cached = await db.catalog.get(key);
  // Only a cache holding just the first page keeps an ETag (loadMoreFeed drops it), so only that is revalidated.
  const fetched = await fetchPage(options.fetchImpl, feedUrl(quarterId, sort), cached?.etag);
  if (fetched === 'offline' || fetched === 'error') return fetched;
  if (fetched === 'unchanged') {
    await db.catalog.update(key, { fetchedAt: now() });
    return 'fresh';
  }
  await db.catalog.put({ key, etag: fetched.etag, fetchedAt: now(), data: fetched.page });
  return 'fresh';
}

/** Loads the page after the cached ones and stores the longer list. */
export async function loadMoreFeed(quarterId: string, sort: FeedSort, options: FeedOptions = {}): Promise<FeedRefresh> {
  const db = options.db ?? getDatabase();
  const now = options.now ?? Date.now;
  const cached = await readFeed(quarterId, sort, db);
  if (!cached?.nextCursor) return 'fresh';
  const fetched = await fetchPage(options.fetchImpl, feedUrl(quarterId, sort, cached.nextCursor));
  if (fetched === 'unchanged') return 'fresh';
  if (fetched === 'offline' || fetched === 'error') return fetched;
  const merged = mergeFeedPages(cached, fetched.page, now());
  await db.catalog.put({
    key: feedKey(quarterId, sort),
    // The stored list is longer than one page now: its ETag would not describe it.
    etag: null,
    fetchedAt: merged.fetchedAt,
    data: { items: merged.items, nextCursor: merged.nextCursor },
  });
  return 'fresh';
}

/** Where a photo of a published item is served. */
export function mediaUrl(mediaId: string): string {
  return `/api/v1/media/${encodeURIComponent(mediaId)}`;
}
