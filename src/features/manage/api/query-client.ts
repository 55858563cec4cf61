import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { backoffDelay } from '../../../offline/backoff';
import { HttpError } from '../../../offline/http';

// The manager area's react-query client, created inside the lazily loaded area (ManageArea.tsx) so
// residents never download it. Retry policy (docs/decisions.md): reads are retried twice on no answer
// and on 5xx, with the outbox's full-jitter backoff; a 429 waits at least its Retry-After, and one
// that asks for longer than MAX_RETRY_AFTER_MS is shown at once. A 4xx is an answer, never retried.
// Writes are not retried: a PATCH that added a note may have landed although its answer was lost.

export interface ManageMeta extends Record<string, unknown> {
  /** The screen shows this failure itself: no announcement, and a 401 is not a lost session. */
  quiet?: boolean;
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: ManageMeta;
    mutationMeta: ManageMeta;
  }
}

export const MAX_RETRIES = 2;
export const MAX_RETRY_AFTER_MS = 30_000;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !(error instanceof HttpError)) return false;
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return true;
    case 'http':
      return error.status >= 500 || (error.status === 429 && error.retryAfterMs <= MAX_RETRY_AFTER_MS);
    default:
      // offline: the message says so, and the query runs again when the connection returns;
      // bad_answer: something between us and the server (a portal) that a retry will not fix.
      return false;
  }
}

/** react-query counts failures from 0 before the first retry; the outbox's backoff counts attempts from 1. */
export function retryDelay(failureCount: number, error: unknown, random: () => number = Math.random): number {
  return backoffDelay(failureCount + 1, random, error instanceof HttpError ? error.retryAfterMs : 0);
}

/** Where a failed request goes: nowhere when the screen shows it, a 401 ends the session, the rest is said. */
export function routeFailure(error: unknown, meta: ManageMeta | undefined, to: { sessionEnded: () => void; failed: (error: unknown) => void }): void {
  if (meta?.quiet) return;
  if (error instanceof HttpError && error.status === 401) to.sessionEnded();
  else to.failed(error);
}

export function createManageQueryClient(onError: (error: unknown, meta: ManageMeta | undefined) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.meta) }),
    mutationCache: new MutationCache({ onError: (error, _variables, _context, mutation) => onError(error, mutation.meta) }),
    defaultOptions: {
      // 'always': our HTTP client tells offline from no answer itself, and the screens say which.
      queries: { retry: shouldRetry, retryDelay: (count, error) => retryDelay(count, error), networkMode: 'always', refetchOnWindowFocus: false },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
