import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { sessionSchema, type loginSchema, type ManagerUser } from '../../../shared/manage';
import { manageCall, rememberCsrfToken } from './manage-client';
import { sessionKey } from './query-keys';

// POST /session: signs in (`loginSchema`). Answer: `sessionSchema`, as for GET /session.

export type LoginBody = z.output<typeof loginSchema>;

export async function login(body: LoginBody): Promise<ManagerUser> {
  const session = await manageCall('POST', '/session', sessionSchema, { body });
  rememberCsrfToken(session.csrfToken);
  return session.user;
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: login,
    // Wrong credentials are the form's to say; they are not a lost session.
    meta: { quiet: true },
    // The password is in the mutation's variables: not kept once the form is gone.
    gcTime: 0,
    onSuccess: (user) => client.setQueryData(sessionKey, user),
  });
}
