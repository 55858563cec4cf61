import { z } from 'zod';
import { MODERATION_STATES, SUBMISSION_STATUSES } from '../../../shared/submission';
import type { InboxCursor } from '../../repositories/inbox';

export const inboxQuerySchema = z.object({
  kind: z.enum(['feedback', 'proposal', 'support', 'interest']).optional(),
  quarterId: z.string().min(1).max(100).optional(),
  status: z.enum(SUBMISSION_STATUSES).optional(),
  moderation: z.enum(MODERATION_STATES).optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const detailParamsSchema = z.object({ id: z.uuid() });

const cursorSchema = z.object({ r: z.string().min(1), i: z.string().min(1) });

/** Opaque to clients: base64url of the last row's (received_at, id). */
export function encodeCursor(cursor: InboxCursor): string {
  return Buffer.from(JSON.stringify({ r: cursor.receivedAt, i: cursor.id })).toString('base64url');
}

export function decodeCursor(text: string): InboxCursor | undefined {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? { receivedAt: parsed.data.r, id: parsed.data.i } : undefined;
  } catch {
    return undefined;
  }
}
