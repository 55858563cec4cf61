import type { Session, UserAccount } from '../../shared/manage';

// Accounts as the manager API shows them (shared/manage.ts): never a password or its hash.

/** What a session answer is made of (auth/session's Principal has these and more). */
export interface SessionParts {
  user: { id: string; email: string; role: 'admin' | 'manager' };
  quarterIds: string[];
  csrfToken: string;
}

export function presentSession(principal: SessionParts): Session {
  return {
    user: { id: principal.user.id, email: principal.user.email, role: principal.user.role, quarterIds: principal.quarterIds },
    csrfToken: principal.csrfToken,
  };
}

/** An account as the admin's user list shows it; never the password hash. */
export function presentUser(user: {
  id: string;
  email: string;
  role: 'admin' | 'manager';
  created_at: string;
  disabled_at: string | null;
  quarterIds: string[];
}): UserAccount {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    quarterIds: user.quarterIds,
    disabled: user.disabled_at !== null,
    createdAt: user.created_at,
  };
}
