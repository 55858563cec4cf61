import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { HttpError } from '../../../offline/http';
import { ROLES } from '../../../shared/manage';
import { manageCall, rememberCsrfToken } from './manage-client';
import { sessionKey } from './query-keys';

// GET /session: who is signed in, after a reload. Answer schema: a lenient copy until src/shared
// names the session answer (typed-routes); the login answer is the same shape.

export const manageUserSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  email: z.string(),
  role: z.enum(ROLES),
  quarterIds: z.array(z.string()),
});
export type ManageUser = z.infer<typeof manageUserSchema>;

export const sessionSchema = z.object({ user: manageUserSchema, csrfToken: z.string() });

/** The user of a session that survived a reload, or null when there is none (401). */
export async function restoreSession(signal?: AbortSignal): Promise<ManageUser | null> {
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
