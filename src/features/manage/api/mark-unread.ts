import { useMutation, useQueryClient } from '@tanstack/react-query';
import { noContentSchema } from '../../../shared/api';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// POST /submissions/{id}/unread: the item shows as new again for the caller. Answer: 204 No Content.

export async function markUnread(id: string): Promise<void> {
  await manageCall('POST', `/submissions/${encodeURIComponent(id)}/unread`, noContentSchema);
}

export function useMarkUnread() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markUnread,
    // New again in the inbox and in the interest overview's "new" counts.
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: manageKeys.inboxes }), client.invalidateQueries({ queryKey: manageKeys.interests })]),
  });
}
