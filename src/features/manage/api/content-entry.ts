import { z } from 'zod';
import { centreSchema, opportunitySchema, type Centre, type Opportunity } from '../../../shared/directory';

// Directory content as managers edit it: centres and opportunities with their publication state.
// The entry itself is the shared seed shape (src/shared/directory.ts), so it is read with the schema
// the server and the seed loader use; the envelope around it is read leniently until src/shared
// names it (typed-routes).

export type ContentKind = 'centres' | 'opportunities';
export type EntryOf<K extends ContentKind> = K extends 'centres' ? Centre : Opportunity;

export interface Managed<T> {
  entry: T;
  published: boolean;
  updatedAt?: string | null;
}

const envelopeSchema = z.object({ entry: z.unknown(), published: z.boolean().default(true), updatedAt: z.string().nullish() });

/** One entry of the answer, or undefined when the client cannot read it. */
export function readManaged<K extends ContentKind>(kind: K, data: unknown): Managed<EntryOf<K>> | undefined {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return undefined;
  const entry = (kind === 'centres' ? centreSchema : opportunitySchema).safeParse(envelope.data.entry);
  if (!entry.success) return undefined;
  return { entry: entry.data as EntryOf<K>, published: envelope.data.published, updatedAt: envelope.data.updatedAt ?? null };
}
