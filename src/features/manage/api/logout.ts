import { useMutation, useQueryClient } from '@tanstack/react-query';
import { manageSend, rememberCsrfToken } from './manage-client';
import { sessionKey } from './query-keys';

// DELETE /session (this device) or DELETE /sessions (every device of the user, this one included).

export async function logout(everywhere: boolean): Promise<void> {
  try {
    await manageSend('DELETE', everywhere ? '/sessions' : '/session');
  } finally {
    rememberCsrfToken(undefined);
  }
}

/** Signed out locally whatever the server answers: it forgets the session anyway when it expires. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: logout,
    meta: { quiet: true },
    onSettled: () => client.setQueryData(sessionKey, null),
  });
}
