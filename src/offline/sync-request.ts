import { apiErrorBodySchema } from '../shared/api-error';
import { parseRetryAfter } from './http';
import type { Send } from './sync-context';

/** How long the server asked us to wait; the one place the engine reads Retry-After. */
function retryAfterMs(response: Response, now: number): number {
  return parseRetryAfter(response.headers.get('retry-after'), now);
}

/**
 * The engine's one way to make a request: with a deadline, and classified the way the engine acts on
 * it — an answer, a verdict on the items (our server's JSON 4xx), or a passing problem.
 */
export function createSend(fetchImpl: typeof fetch, timeoutMs: number, now: () => number): Send {
  return async (target, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetchImpl(target, { ...init, signal: controller.signal });
      const wait = retryAfterMs(response, now());
      if (response.status === 503) return { kind: 'transient', problem: await busyOr503(response), retryAfterMs: wait };
      if (response.status === 429 || response.status >= 500) {
        return { kind: 'transient', problem: `http_${response.status}`, retryAfterMs: wait };
      }
      const body: unknown = await response.json().catch(() => undefined);
      if (response.ok) return { kind: 'ok', body };
      const error = apiErrorBodySchema.safeParse(body);
      // Only our server's JSON error is a verdict on the item; anything else (a proxy's page) is passing.
      if (response.status >= 400 && response.status < 500 && error.success) {
        return { kind: 'refused', error: error.data.error, status: response.status };
      }
      return { kind: 'transient', problem: `http_${response.status}`, retryAfterMs: wait };
    } catch {
      const problem = controller.signal.aborted ? 'timeout' : 'offline';
      return { kind: 'transient', problem, retryAfterMs: 0 };
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Our server refusing for load says so (code `overloaded`), which the resident is told; any other 503 is a passing outage. */
async function busyOr503(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = apiErrorBodySchema.safeParse(body);
  return error.success && error.data.error.code === 'overloaded' ? 'overloaded' : 'http_503';
}
