import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { newUserSchema } from '../../../shared/manage';
import { managedUserSchema, type ManagedUser } from './get-users';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// POST /users (admin only): a new account (`newUserSchema`), answered with the user.

export type NewUserBody = z.output<typeof newUserSchema>;

export async function createUser(body: NewUserBody): Promise<ManagedUser> {
  return manageCall('POST', '/users', managedUserSchema, { body });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => client.invalidateQueries({ queryKey: manageKeys.users }) });
}
