import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContentKind } from './content-entry';
import { manageSend } from './manage-client';
import { manageKeys } from './query-keys';

// POST /centres|opportunities/{id}/publish or /unpublish: whether residents see the entry.

export async function setPublished(kind: ContentKind, id: string, published: boolean): Promise<void> {
  await manageSend('POST', `/${kind}/${encodeURIComponent(id)}/${published ? 'publish' : 'unpublish'}`);
}

export function usePublishContent(kind: ContentKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, published }: { id: string; published: boolean }) => setPublished(kind, id, published),
    onSuccess: () => client.invalidateQueries({ queryKey: manageKeys.contentList(kind) }),
  });
}
