import { ERROR_CODES } from '../../shared/api-error';
import { ManageApiError } from '../../offline/manage-api';

export interface Message {
  key: string;
  options?: Record<string, string | number>;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** Any manage API failure as a translation key; `context` picks wording for the login form. */
export function manageErrorMessage(error: unknown, context: 'login' | 'inbox'): Message {
  if (!(error instanceof ManageApiError)) return { key: 'errors:internal' };
  if (error.code === 'offline') return { key: 'errors:offline' };
  if (error.code === 'network') return { key: 'errors:network' };
  if (error.code === 'locked_out' && error.retryAfter !== undefined) {
    return { key: 'manage:login.lockedOutFor', options: { count: Math.max(1, Math.ceil(error.retryAfter / 60)) } };
  }
  if (error.status === 401) return { key: context === 'login' ? 'manage:login.badCredentials' : 'manage:sessionExpired' };
  if (KNOWN_CODES.has(error.code)) return { key: `errors:${error.code}` };
  return { key: 'errors:internal' };
}
