import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { managePatchSchema } from '../../../shared/feed';
import { managerSubmissionSchema, type ManagerSubmission } from '../../../shared/manage';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// PATCH /submissions/{id}: status, reason, answer, note, moderation, "contacted" (`managePatchSchema`).
// Answer: the item as changed (`managerSubmissionSchema`), which the detail shows without asking again.

export type PatchInput = z.input<typeof managePatchSchema>;

export async function patchSubmission(id: string, patch: PatchInput): Promise<ManagerSubmission> {
  return manageCall('PATCH', `/submissions/${encodeURIComponent(id)}`, managerSubmissionSchema, { body: patch });
}

/** What a change to items makes stale; resolves once the screens showing them have their new data. */
export function afterItemsChanged(client: QueryClient, id?: string): Promise<unknown> {
  return Promise.all([
    ...(id ? [] : [client.invalidateQueries({ queryKey: manageKeys.submissions })]),
    client.invalidateQueries({ queryKey: manageKeys.inboxes }),
    client.invalidateQueries({ queryKey: manageKeys.interests }),
    client.invalidateQueries({ queryKey: manageKeys.figures }),
  ]);
}

export function useUpdateSubmission() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: PatchInput }) => patchSubmission(id, patch),
    onSuccess: (item, { id }) => {
      client.setQueryData(manageKeys.submission(id), item);
      return afterItemsChanged(client, id);
    },
  });
}
