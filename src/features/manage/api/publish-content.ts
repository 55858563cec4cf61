import { useMutation, useQueryClient } from '@tanstack/react-query';
import { managedSchema, type ContentKind, type ManagedOf } from './content-entry';
import { manageCall } from './manage-client';
import { afterContentSaved } from './save-content';

// POST /centres|opportunities/{id}/publish or /unpublish: whether residents see the entry (idempotent).
// Answer: the managed entry, with its publication state.

export async function setPublished<K extends ContentKind>(kind: K, id: string, published: boolean): Promise<ManagedOf<K>> {
  return manageCall('POST', `/${kind}/${encodeURIComponent(id)}/${published ? 'publish' : 'unpublish'}`, managedSchema(kind));
}

export function usePublishContent<K extends ContentKind>(kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, published }: { id: string; published: boolean }) => setPublished(kind, id, published),
    onSuccess: (saved) => afterContentSaved(client, kind, saved),
  });
}
