import { useMutation, useQueryClient } from '@tanstack/react-query';
import { noContentSchema } from '../../../shared/api';
import { manageCall, rememberCsrfToken } from './manage-client';
import { sessionKey } from './query-keys';

// DELETE /session (this device) or DELETE /sessions (every device of the user, this one included).
// Answer: 204 No Content.

export async function logout(everywhere: boolean): Promise<void> {
  try {
    await manageCall('DELETE', everywhere ? '/sessions' : '/session', noContentSchema);
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
