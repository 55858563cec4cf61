import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { userAccountSchema, type newUserSchema, type UserAccount } from '../../../shared/manage';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// POST /users (admin only): a new account (`newUserSchema`). Answer: 201 with `userAccountSchema`.

export type NewUserBody = z.output<typeof newUserSchema>;

export async function createUser(body: NewUserBody): Promise<UserAccount> {
  return manageCall('POST', '/users', userAccountSchema, { body });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => client.invalidateQueries({ queryKey: manageKeys.users }) });
}
