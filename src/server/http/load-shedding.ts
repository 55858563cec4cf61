import type { FastifyInstance } from 'fastify';
import { HttpError } from './http-error';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `answer`: this route is answered even while the server refuses work for being busy — the probes
     * (health, ready) and the metrics must tell an operator what is going on exactly then.
     */
    whenBusy?: 'answer';
  }
}

// PostgreSQL answers at the speed of its disk; past that, requests wait in the connection pool's queue
// and every one of them gets slower (the 1,000 req/s bench step: p50 several seconds, rising as long as
// the burst lasts). Refusing new work while that queue is long keeps the admitted requests fast and
// tells the rest when to come back: the outbox honours Retry-After (src/offline/backoff.ts), so a
// refused submission stays on the phone and is sent again, and nothing a resident typed is lost.
// SQLite never queues (its queries run synchronously), so this is installed for PostgreSQL only.

/** Seconds a refused client is asked to wait: long enough for a queue to drain, short for a person. */
export const BUSY_RETRY_AFTER_S = 3;

export function busyError(): HttpError {
  return new HttpError(503, 'overloaded', 'The server is busy right now; try again in a few seconds', undefined, {
    'retry-after': String(BUSY_RETRY_AFTER_S),
  });
}

/** Whether a route's requests may be refused for load: the API and Open311, not the app's files or the probes. */
export function mayShed(route: string | undefined, config: { whenBusy?: 'answer' } | undefined): boolean {
  if (route === undefined || config?.whenBusy === 'answer') return false;
  return route.startsWith('/api/') || route === '/open311' || route.startsWith('/open311/');
}

/**
 * Refuses API requests with 503 `overloaded` while `waiting()` (queries queued for a database
 * connection) is at `limit` or above. Logs once a second at most while refusing, with the count.
 */
export function installLoadShedding(app: FastifyInstance, waiting: () => number, limit: number): void {
  let refusedSinceLog = 0;
  let loggedAt = 0;
  app.addHook('onRequest', async (request) => {
    if (!mayShed(request.routeOptions.url, request.routeOptions.config)) return;
    const queued = waiting();
    if (queued < limit) return;
    refusedSinceLog++;
    const now = Date.now();
    if (now - loggedAt >= 1000) {
      request.log.warn({ queued, limit, refusedSinceLog }, 'busy: refusing requests while the database queue is full');
      loggedAt = now;
      refusedSinceLog = 0;
    }
    throw busyError();
  });
}
