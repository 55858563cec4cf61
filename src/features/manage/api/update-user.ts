import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { userPatchSchema } from '../../../shared/manage';
import { manageSend } from './manage-client';
import { manageKeys } from './query-keys';

// PATCH /users/{id} (admin only): role, quarters, password, disabled (`userPatchSchema`).

export type UserPatchBody = z.input<typeof userPatchSchema>;

export async function patchUser(id: string, patch: UserPatchBody): Promise<void> {
  await manageSend('PATCH', `/users/${encodeURIComponent(id)}`, { body: patch });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatchBody }) => patchUser(id, patch),
    onSuccess: () => client.invalidateQueries({ queryKey: manageKeys.users }),
  });
}
