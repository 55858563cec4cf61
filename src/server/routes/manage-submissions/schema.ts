import { z } from 'zod';
import type { InboxCursor, InboxSort } from '../../repositories/inbox';

// Inbox cursors. The inbox query itself is the shared `inboxQuerySchema` (src/shared/manage.ts).

const cursorSchema = z.object({
  o: z.enum(['newest', 'oldest', 'most_supported']),
  r: z.string().min(1),
  i: z.string().min(1),
  s: z.number().int().nonnegative().optional(),
});

/** Opaque to clients: base64url of the sort and the last row's keys in that sort. */
export function encodeCursor(sort: InboxSort, cursor: InboxCursor): string {
  const s = sort === 'most_supported' ? { s: cursor.supports ?? 0 } : {};
  return Buffer.from(JSON.stringify({ o: sort, r: cursor.receivedAt, i: cursor.id, ...s })).toString('base64url');
}

/** Undefined for garbage and for a cursor made for another sort order (its keys would not fit). */
export function decodeCursor(text: string, sort: InboxSort): InboxCursor | undefined {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data.o !== sort) return undefined;
    return { receivedAt: parsed.data.r, id: parsed.data.i, ...(parsed.data.s !== undefined ? { supports: parsed.data.s } : {}) };
  } catch {
    return undefined;
  }
}
