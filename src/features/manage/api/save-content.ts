import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { managedSchema, type ContentKind, type EntryOf, type ManagedOf } from './content-entry';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// POST /centres|opportunities (new, starts unpublished; 201) or PUT /…/{id}: the entry in its shared
// shape. Saving never changes the publication state. Answer: the managed entry as saved.

export async function saveContent<K extends ContentKind>(kind: K, entry: EntryOf<K>, isNew: boolean): Promise<ManagedOf<K>> {
  const schema = managedSchema(kind);
  if (isNew) return manageCall('POST', `/${kind}`, schema, { body: entry });
  return manageCall('PUT', `/${kind}/${encodeURIComponent(entry.id)}`, schema, { body: entry });
}

/** The saved entry shows at once where it is edited; the list asks again, and the interest overview lists opportunities. */
export function afterContentSaved<K extends ContentKind>(client: QueryClient, kind: K, saved: ManagedOf<K>): Promise<unknown> {
  client.setQueryData(manageKeys.contentEntry(kind, saved.id), saved);
  return Promise.all([
    client.invalidateQueries({ queryKey: manageKeys.contentList(kind), exact: true }),
    ...(kind === 'opportunities' ? [client.invalidateQueries({ queryKey: manageKeys.interests })] : []),
  ]);
}

export function useSaveContent<K extends ContentKind>(kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ entry, isNew }: { entry: EntryOf<K>; isNew: boolean }) => saveContent(kind, entry, isNew),
    onSuccess: (saved) => afterContentSaved(client, kind, saved),
  });
}
