import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { HttpError } from '../../../offline/http';
import { readManaged, type ContentKind, type EntryOf, type Managed } from './content-entry';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// GET /centres/{id}, GET /opportunities/{id}: one entry to edit.

export async function getContent<K extends ContentKind>(kind: K, id: string, signal?: AbortSignal): Promise<Managed<EntryOf<K>>> {
  const managed = readManaged(kind, await manageCall('GET', `/${kind}/${encodeURIComponent(id)}`, z.unknown(), { signal }));
  if (!managed) throw new HttpError('bad_answer', 200, 'bad_answer', 'Unexpected answer from the server');
  return managed;
}

/** `enabled: false` for a new entry, which has nothing to load. */
export function useContentEntry<K extends ContentKind>(kind: K, id: string, enabled: boolean) {
  return useQuery({ queryKey: manageKeys.contentEntry(kind, id), queryFn: ({ signal }) => getContent(kind, id, signal), enabled });
}
