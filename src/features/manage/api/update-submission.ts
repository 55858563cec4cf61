import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { managePatchSchema } from '../../../shared/feed';
import { manageSend } from './manage-client';
import { manageKeys } from './query-keys';

// PATCH /submissions/{id}: status, reason, answer, note, moderation, "contacted" (`managePatchSchema`).

export type PatchInput = z.input<typeof managePatchSchema>;

export async function patchSubmission(id: string, patch: PatchInput): Promise<void> {
  await manageSend('PATCH', `/submissions/${encodeURIComponent(id)}`, { body: patch });
}

/** What a change to items makes stale; resolves once the screens showing them have their new data. */
export function afterItemsChanged(client: QueryClient, id?: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: id ? manageKeys.submission(id) : manageKeys.submissions }),
    client.invalidateQueries({ queryKey: manageKeys.inboxes }),
    client.invalidateQueries({ queryKey: manageKeys.interests }),
    client.invalidateQueries({ queryKey: manageKeys.figures }),
  ]);
}

export function useUpdateSubmission() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: PatchInput }) => patchSubmission(id, patch),
    onSuccess: (_answer, { id }) => afterItemsChanged(client, id),
  });
}
