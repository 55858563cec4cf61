import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { userAccountSchema, type UserAccount, type userPatchSchema } from '../../../shared/manage';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// PATCH /users/{id} (admin only): role, quarters, password, disabled (`userPatchSchema`). Answer: the
// account as changed (`userAccountSchema`).

export type UserPatchBody = z.input<typeof userPatchSchema>;

export async function patchUser(id: string, patch: UserPatchBody): Promise<UserAccount> {
  return manageCall('PATCH', `/users/${encodeURIComponent(id)}`, userAccountSchema, { body: patch });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatchBody }) => patchUser(id, patch),
    // The answer is the account as changed: the list shows it without asking again.
    onSuccess: (account) => client.setQueryData<UserAccount[]>(manageKeys.users, (users) => users?.map((user) => (user.id === account.id ? account : user))),
  });
}
