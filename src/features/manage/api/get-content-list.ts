import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { readManaged, type ContentKind, type EntryOf, type Managed } from './content-entry';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// GET /centres, GET /opportunities: the caller's entries, published or not.

// Read loosely: one entry the client cannot parse must not hide all others.
export const contentListSchema = z.object({ items: z.array(z.unknown()) }).transform((answer) => answer.items);

export async function listContent<K extends ContentKind>(kind: K, signal?: AbortSignal): Promise<Array<Managed<EntryOf<K>>>> {
  const rows = await manageCall('GET', `/${kind}`, contentListSchema, { signal });
  return rows.flatMap((row) => {
    const managed = readManaged(kind, row);
    return managed ? [managed] : [];
  });
}

export function useContentList<K extends ContentKind>(kind: K) {
  return useQuery({ queryKey: manageKeys.contentList(kind), queryFn: ({ signal }) => listContent(kind, signal) });
}
