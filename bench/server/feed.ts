import { encodeFeedCursor } from '../../src/server/routes/feed/schema';
import type { Backend, RawItem } from './backend';
import { rawItem } from './items';
import type { LoadClient, Outcome } from './load';

/*
 * The public feed of a quarter holding 250,000 items of which 90 % are not published, against a
 * quarter holding only its 25,000 published ones. The unpublished items are all newer than the
 * published ones: the worst case for an index that has to step over them.
 */

export interface FeedQuarters {
  crowded: string;
  clean: string;
  /** (received_at, id) of some published rows of each quarter, for cursor pages deep in the list. */
  positions: Record<string, Array<{ receivedAt: string; id: string }>>;
}

export async function seedFeed(backend: Backend, crowded: string, clean: string, topicId: string, total: number): Promise<FeedQuarters> {
  const published = Math.round(total / 10);
  const positions: FeedQuarters['positions'] = { [crowded]: [], [clean]: [] };
  const base = Date.parse('2025-01-01T00:00:00Z');
  let chunk: RawItem[] = [];
  const flush = async () => {
    if (chunk.length > 0) await backend.insert(chunk);
    chunk = [];
  };
  for (let i = 0; i < total; i++) {
    const isPublished = i < published;
    const at = new Date(base + i * 1000);
    const moderation = isPublished ? 'published' : i % 3 === 0 ? 'pending' : null;
    const row = rawItem(crowded, topicId, at, moderation);
    chunk.push(row);
    if (isPublished) {
      const twin = rawItem(clean, topicId, at, 'published');
      chunk.push(twin);
      if (i % 97 === 0) {
        positions[crowded]?.push({ receivedAt: row.receivedAt, id: row.id });
        positions[clean]?.push({ receivedAt: twin.receivedAt, id: twin.id });
      }
    }
    if (chunk.length >= 500) await flush();
  }
  await flush();
  return { crowded, clean, positions };
}

export type FeedPage = 'first page' | 'deep page' | 'by support';

export function feedRequests(client: LoadClient, quarters: FeedQuarters, quarter: string, page: FeedPage, limit: { seconds?: number; maxRequests?: number }, concurrency: number): Promise<Outcome> {
  const positions = quarters.positions[quarter] ?? [];
  return client.closedLoop(concurrency, limit, (i) => {
    const base = `/api/v1/quarters/${quarter}/feed`;
    if (page === 'first page') return { method: 'GET', path: base };
    if (page === 'by support') return { method: 'GET', path: `${base}?sort=supported` };
    const at = positions[(i * 7919) % Math.max(1, positions.length)];
    const cursor = at ? encodeFeedCursor('newest', at) : '';
    return { method: 'GET', path: `${base}?cursor=${encodeURIComponent(cursor)}` };
  });
}
