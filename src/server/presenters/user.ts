
export interface UserView {
  id: string;
  email: string;
  role: 'admin' | 'manager';
  quarterIds: string[];
}

/** What a session answer is made of (auth/session's Principal has these and more). */
export interface SessionParts {
  user: { id: string; email: string; role: 'admin' | 'manager' };
  quarterIds: string[];
  csrfToken: string;
}

export function presentSession(principal: SessionParts) {
  const user: UserView = {
    id: principal.user.id,
    email: principal.user.email,
    role: principal.user.role,
    quarterIds: principal.quarterIds,
  };
  return { user, csrfToken: principal.csrfToken };
}

/** An account as the admin's user list shows it; never the password hash. */
export function presentUser(user: {
  id: string;
  email: string;
  role: 'admin' | 'manager';
  created_at: string;
  disabled_at: string | null;
  quarterIds: string[];
}) {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    quarterIds: user.quarterIds,
    disabled: user.disabled_at !== null,
    createdAt: user.created_at,
  };
}
