import { useMutation, useQueryClient } from '@tanstack/react-query';
import { manageSend } from './manage-client';
import { manageKeys } from './query-keys';

// POST /submissions/{id}/unread: the item shows as new again for the caller.

export async function markUnread(id: string): Promise<void> {
  await manageSend('POST', `/submissions/${encodeURIComponent(id)}/unread`);
}

export function useMarkUnread() {
  const client = useQueryClient();
  return useMutation({ mutationFn: markUnread, onSuccess: () => client.invalidateQueries({ queryKey: manageKeys.inboxes }) });
}
