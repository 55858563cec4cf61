import type { Principal } from '../auth/session';

export interface UserView {
  id: string;
  email: string;
  role: 'admin' | 'manager';
  quarterIds: string[];
}

export function presentSession(principal: Pick<Principal, 'user' | 'quarterIds' | 'csrfToken'>) {
  const user: UserView = {
    id: principal.user.id,
    email: principal.user.email,
    role: principal.user.role,
    quarterIds: principal.quarterIds,
  };
  return { user, csrfToken: principal.csrfToken };
}
