import { defaultFetch, type FetchLike } from './http';

const PROBE_TIMEOUT_MS = 5_000;

/**
 * Whether this app's server answers at all. Asks the health route, which neither the HTTP cache nor the
 * service worker answers, so a reply means a real connection. Any status counts: the question is
 * "is the server there", not "is it healthy".
 */
export async function serverAnswers(fetchImpl: FetchLike = defaultFetch): Promise<boolean> {
  if (globalThis.navigator?.onLine === false) return false;
  try {
    await fetchImpl('/api/v1/health', { cache: 'no-store', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
}
