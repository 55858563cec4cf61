import { ERROR_CODES } from '../../shared/api-error';
import { HttpError } from '../../offline/http';

export interface Message {
  key: string;
  options?: Record<string, string | number>;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** Any manage API failure as a translation key; `context` picks wording for the login form. */
export function manageErrorMessage(error: unknown, context: 'login' | 'inbox'): Message {
  if (!(error instanceof HttpError)) return { key: 'errors:internal' };
  if (error.kind === 'offline') return { key: 'errors:offline' };
  if (error.kind === 'network' || error.kind === 'timeout') return { key: 'errors:network' };
  if (error.code === 'locked_out' && error.retryAfterMs > 0) {
    return { key: 'manage:login.lockedOutFor', options: { count: Math.max(1, Math.ceil(error.retryAfterMs / 60_000)) } };
  }
  if (error.status === 401) return { key: context === 'login' ? 'manage:login.badCredentials' : 'manage:sessionExpired' };
  if (KNOWN_CODES.has(error.code)) return { key: `errors:${error.code}` };
  return { key: 'errors:internal' };
}
