import { z } from 'zod';
import type { FeedSort } from '../../../shared/feed';
import type { FeedCursor } from '../../repositories/feed';

export const FEED_PAGE_SIZE = 20;

const cursorSchema = z.object({
  s: z.enum(['newest', 'supported']),
  r: z.string().min(1),
  i: z.string().min(1),
  n: z.number().int().nonnegative().optional(),
});

/** Opaque to clients: base64url of the sort and the last row's keys. */
export function encodeFeedCursor(sort: FeedSort, cursor: FeedCursor): string {
  const body = { s: sort, r: cursor.receivedAt, i: cursor.id, ...(sort === 'supported' ? { n: cursor.supports ?? 0 } : {}) };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/** Undefined for anything we did not make, or a cursor of the other sort order. */
export function decodeFeedCursor(text: string, sort: FeedSort): FeedCursor | undefined {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data.s !== sort) return undefined;
    const { r, i, n } = parsed.data;
    return { receivedAt: r, id: i, ...(n !== undefined ? { supports: n } : {}) };
  } catch {
    return undefined;
  }
}
