import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ROLES } from '../../../shared/manage';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// GET /users (admin only): every account. Answer schema: a lenient copy until src/shared names it
// (typed-routes); the single-user answers of create and update are the same user shape.

export const managedUserSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  email: z.string(),
  role: z.enum(ROLES),
  quarterIds: z.array(z.string()).default([]),
  disabled: z.boolean().nullish(),
  createdAt: z.string().nullish(),
  lastLoginAt: z.string().nullish(),
});
export type ManagedUser = z.infer<typeof managedUserSchema>;

export const usersAnswerSchema = z.object({ users: z.array(managedUserSchema) }).transform((answer) => answer.users);

export async function listUsers(signal?: AbortSignal): Promise<ManagedUser[]> {
  return manageCall('GET', '/users', usersAnswerSchema, { signal });
}

/** Only admins ask: the server answers 403 to anyone else. */
export function useUsers(enabled: boolean) {
  return useQuery({ queryKey: manageKeys.users, queryFn: ({ signal }) => listUsers(signal), enabled });
}
