// A small, shared way for the resident-facing reads (feed, status, receipt lookup, contact
// deletion) to tell "no connection" from "the server said no". Nothing here is queued: these are
// reads and one idempotent request that only make sense online.

export type FetchLike = typeof fetch;
export const defaultFetch: FetchLike = (...args) => fetch(...args);

/** How long a resident waits for one of these requests before we say "no answer". */
export const READ_TIMEOUT_MS = 15_000;

export type HttpOutcome =
  | { kind: 'ok'; status: number; body: unknown; headers: Headers }
  | { kind: 'http'; status: number }
  | { kind: 'offline' }
  | { kind: 'network' };

function isOffline(): boolean {
  return globalThis.navigator?.onLine === false;
}

export async function request(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit = {},
  timeoutMs = READ_TIMEOUT_MS,
): Promise<HttpOutcome> {
  if (isOffline()) return { kind: 'offline' };
  let response: Response;
  try {
    response = await fetchImpl(url, {
      ...init,
      headers: { accept: 'application/json', ...(init.headers as Record<string, string> | undefined) },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return isOffline() ? { kind: 'offline' } : { kind: 'network' };
  }
  if (!response.ok) return { kind: 'http', status: response.status };
  if (response.status === 204) return { kind: 'ok', status: 204, body: undefined, headers: response.headers };
  try {
    return { kind: 'ok', status: response.status, body: await response.json(), headers: response.headers };
  } catch {
    return { kind: 'network' };
  }
}
