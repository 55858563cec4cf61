import { useQuery } from '@tanstack/react-query';
import { usersSchema, type UserAccount } from '../../../shared/manage';
import { manageCall } from './manage-client';
import { manageKeys } from './query-keys';

// GET /users (admin only): every account. Answer: `usersSchema` (src/shared/manage.ts); creating and
// changing a user answer one `userAccountSchema`.

export async function listUsers(signal?: AbortSignal): Promise<UserAccount[]> {
  return (await manageCall('GET', '/users', usersSchema, { signal })).users;
}

/** Only admins ask: the server answers 403 to anyone else. */
export function useUsers(enabled: boolean) {
  return useQuery({ queryKey: manageKeys.users, queryFn: ({ signal }) => listUsers(signal), enabled });
}
