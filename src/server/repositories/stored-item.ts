import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../shared/canonical-json';
import { locationSchema, type ModerationState, type Submission } from '../../shared/submission';

// How a validated item is kept: personal data (name, e-mail, phone) in its own column so it can be
// deleted without touching the rest, everything else as JSON. The content hash is taken over the
// whole validated item, before the split, so a resend is recognised even after contact was deleted.

export function contentHash(item: Submission): string {
  return createHash('sha256').update(canonicalJson(item)).digest('hex');
}

export const storedContactSchema = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
});
export type StoredContact = z.infer<typeof storedContactSchema>;

/** What the payload column may hold, read back leniently: it was validated when it went in. */
export const storedPayloadSchema = z
  .object({
    locale: z.string(),
    quarterId: z.string(),
    topicId: z.string(),
    title: z.string(),
    text: z.string(),
    mood: z.number(),
    visibility: z.enum(['private', 'public']),
    location: locationSchema,
    mediaIds: z.array(z.string()),
    proposalId: z.string(),
    supporterId: z.string(),
    opportunityId: z.string(),
    message: z.string(),
  })
  .partial();
export type StoredPayload = z.infer<typeof storedPayloadSchema>;

export function splitPersonalData(item: Submission): { payload: string; contact: string | null } {
  switch (item.kind) {
    case 'interest': {
      const { id: _id, kind: _kind, createdAt: _at, name, contact, ...payload } = item;
      return { payload: JSON.stringify(payload), contact: JSON.stringify({ name, ...contact }) };
    }
    case 'feedback':
    case 'proposal': {
      const { id: _id, kind: _kind, createdAt: _at, contact, ...payload } = item;
      const given = contact !== undefined && Object.values(contact).some((v) => v !== undefined);
      return { payload: JSON.stringify(payload), contact: given ? JSON.stringify(contact) : null };
    }
    case 'support': {
      const { id: _id, kind: _kind, createdAt: _at, ...payload } = item;
      return { payload: JSON.stringify(payload), contact: null };
    }
  }
}

export function readPayload(json: string): StoredPayload {
  const parsed = storedPayloadSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : {};
}

export function readContact(json: string | null): StoredContact | null {
  if (json === null) return null;
  const parsed = storedContactSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** Public feedback and proposals wait for a manager before anyone else sees them. */
export function initialModeration(item: Submission): ModerationState | null {
  if (item.kind === 'proposal') return 'pending';
  if (item.kind === 'feedback' && item.visibility === 'public') return 'pending';
  return null;
}

export function searchText(item: Submission): string {
  const parts: string[] = [];
  if (item.kind === 'proposal') parts.push(item.title);
  if (item.kind === 'feedback' || item.kind === 'proposal') parts.push(item.text);
  if (item.kind === 'interest' && item.message) parts.push(item.message);
  return parts.join('\n').toLowerCase();
}
