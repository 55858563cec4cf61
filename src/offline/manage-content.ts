import { z } from 'zod';
import { centreSchema, opportunitySchema, type Centre, type Opportunity } from '../shared/directory';
import { manageRequest, parseAnswer } from './manage-api';

// Directory content as managers edit it: centres and opportunities with their publication state.
// The entry itself is the shared seed shape (src/shared/directory.ts), so the form validates with the
// same schema the server and the seed loader use.

export type ContentKind = 'centres' | 'opportunities';

const stateSchema = z.object({ published: z.boolean().default(true), updatedAt: z.string().nullish() });

// The list is read loosely: one entry the client cannot parse must not hide all others.
const looseEntry = z.object({ id: z.string() }).passthrough();
const listSchema = z.union([z.array(looseEntry), z.object({ items: z.array(looseEntry) }).transform((p) => p.items)]);

export interface Managed<T> {
  entry: T;
  published: boolean;
  updatedAt?: string | null;
}

function readEntry<K extends ContentKind>(kind: K, data: unknown): Managed<K extends 'centres' ? Centre : Opportunity> | undefined {
  const raw = typeof data === 'object' && data !== null && 'entry' in data ? (data as { entry: unknown }).entry : data;
  const schema = kind === 'centres' ? centreSchema : opportunitySchema;
  const entry = schema.safeParse(raw);
  const state = stateSchema.safeParse(data);
  if (!entry.success) return undefined;
  return {
    entry: entry.data as K extends 'centres' ? Centre : Opportunity,
    published: state.success ? state.data.published : true,
    updatedAt: state.success ? state.data.updatedAt : null,
  };
}

export async function listContent<K extends ContentKind>(kind: K): Promise<Array<Managed<K extends 'centres' ? Centre : Opportunity>>> {
  const rows = parseAnswer(listSchema, await manageRequest('GET', `/${kind}`));
  return rows.flatMap((row) => {
    const managed = readEntry(kind, row);
    return managed ? [managed] : [];
  });
}

export async function getContent<K extends ContentKind>(kind: K, id: string): Promise<Managed<K extends 'centres' ? Centre : Opportunity>> {
  const managed = readEntry(kind, await manageRequest('GET', `/${kind}/${encodeURIComponent(id)}`));
  if (!managed) return parseAnswer(z.never(), undefined);
  return managed;
}

/** New entries start unpublished on the server; `saveContent` never changes the publication state. */
export async function saveContent(kind: ContentKind, entry: Centre | Opportunity, isNew: boolean): Promise<void> {
  if (isNew) await manageRequest('POST', `/${kind}`, entry);
  else await manageRequest('PUT', `/${kind}/${encodeURIComponent(entry.id)}`, entry);
}

export async function setPublished(kind: ContentKind, id: string, published: boolean): Promise<void> {
  await manageRequest('POST', `/${kind}/${encodeURIComponent(id)}/${published ? 'publish' : 'unpublish'}`);
}
