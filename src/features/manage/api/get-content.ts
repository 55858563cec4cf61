import { useQuery } from '@tanstack/react-query';
import { managedSchema, type ContentKind, type ManagedOf } from './content-entry';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// GET /centres/{id}, GET /opportunities/{id}: one entry to edit. Answer: `managedCentreSchema` /
// `managedOpportunitySchema`.

export async function getContent<K extends ContentKind>(kind: K, id: string, signal?: AbortSignal): Promise<ManagedOf<K>> {
  return manageCall('GET', `/${kind}/${encodeURIComponent(id)}`, managedSchema(kind), { signal });
}

/** `enabled: false` for a new entry, which has nothing to load. */
export function useContentEntry<K extends ContentKind>(kind: K, id: string, enabled: boolean) {
  return useQuery({ queryKey: manageKeys.contentEntry(kind, id), queryFn: ({ signal }) => getContent(kind, id, signal), enabled });
}
