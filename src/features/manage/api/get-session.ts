import { useQuery } from '@tanstack/react-query';
import { HttpError } from '../../../offline/http';
import { sessionSchema, type ManagerUser } from '../../../shared/manage';
import { manageCall, rememberCsrfToken } from './manage-client';
import { sessionKey } from './query-keys';

// GET /session: who is signed in, after a reload. Answer: `sessionSchema` (src/shared/manage.ts), the
// same as the login's.

/** The user of a session that survived a reload, or null when there is none (401). */
export async function restoreSession(signal?: AbortSignal): Promise<ManagerUser | null> {
  try {
    const session = await manageCall('GET', '/session', sessionSchema, { signal });
    rememberCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return null;
    throw error;
  }
}

/** Asked once per visit; login and logout write the answer themselves. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: ({ signal }) => restoreSession(signal),
    staleTime: Infinity,
    // The login form shows this failure itself.
    meta: { quiet: true },
  });
}
