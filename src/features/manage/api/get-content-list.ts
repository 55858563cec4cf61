import { useQuery } from '@tanstack/react-query';
import { managedListSchema, type ContentKind, type ManagedOf } from './content-entry';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// GET /centres, GET /opportunities: the caller's entries, published or not. Answer:
// `managedCentresSchema` / `managedOpportunitiesSchema`.

export async function listContent<K extends ContentKind>(kind: K, signal?: AbortSignal): Promise<Array<ManagedOf<K>>> {
  return (await manageCall('GET', `/${kind}`, managedListSchema(kind), { signal })).items;
}

export function useContentList<K extends ContentKind>(kind: K) {
  return useQuery({ queryKey: manageKeys.contentList(kind), queryFn: ({ signal }) => listContent(kind, signal) });
}
