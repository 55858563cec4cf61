import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Centre, Opportunity } from '../../../shared/directory';
import type { ContentKind } from './content-entry';
import { manageSend } from './manage-client';
import { manageKeys } from './query-keys';

// POST /centres|opportunities (new, starts unpublished) or PUT /…/{id}: the entry in its shared shape.
// Saving never changes the publication state.

export async function saveContent(kind: ContentKind, entry: Centre | Opportunity, isNew: boolean): Promise<void> {
  if (isNew) await manageSend('POST', `/${kind}`, { body: entry });
  else await manageSend('PUT', `/${kind}/${encodeURIComponent(entry.id)}`, { body: entry });
}

export function useSaveContent(kind: ContentKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ entry, isNew }: { entry: Centre | Opportunity; isNew: boolean }) => saveContent(kind, entry, isNew),
    onSuccess: () => client.invalidateQueries({ queryKey: manageKeys.contentList(kind) }),
  });
}
