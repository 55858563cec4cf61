import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { loginSchema } from '../../../shared/manage';
import { sessionSchema, type ManageUser } from './get-session';
import { manageCall, rememberCsrfToken } from './manage-client';
import { sessionKey } from './query-keys';

// POST /session: signs in; the answer is the session (same schema as GET /session).

export type LoginBody = z.output<typeof loginSchema>;

export async function login(body: LoginBody): Promise<ManageUser> {
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
