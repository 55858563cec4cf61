import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor, RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { Db, DialectName } from '../db/schema';
import { countHit, sharedSecret, sweepRateLimits } from '../repositories/rate-limits';

/*
 * A @fastify/rate-limit store in the database, so the limits hold across every app instance on one
 * PostgreSQL (README: "Several instances"). Each route counts apart, like the plugin's own stores
 * (key prefix: method and URL). With SQLite the plugin's in-memory store is used: one process owns
 * the file, so one process's memory is the whole truth.
 */

interface RouteInfo {
  method: string | string[];
  url: string;
}

export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    // The plugin passes its options first; only children made here pass a key prefix.
    constructor(_options?: unknown, private readonly prefix = '') {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      countHit(db, `${this.prefix}${key}`, timeWindow, Date.now()).then(
        (hit) => callback(null, { current: hit.count, ttl: hit.ttlMs }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The plugin hands over its merged settings with the route under `routeInfo` (as its Redis store reads them).
      const route: RouteInfo = (routeOptions as { routeInfo?: RouteInfo }).routeInfo ?? routeOptions;
      const method = Array.isArray(route.method) ? route.method.join(',') : route.method;
      return new DatabaseStore(undefined, `${this.prefix}${method}${route.url}-`);
    }
  }
  return DatabaseStore;
}

export const SWEEP_INTERVAL_MS = 60_000;

/** Deletes ended windows once a minute; every instance may do it, deleting twice is harmless. */
export function startRateLimitSweep(db: Db, onError: (error: unknown) => void): { stop(): void } {
  const timer = setInterval(() => {
    sweepRateLimits(db, Date.now()).catch(onError);
  }, SWEEP_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * How the app's rate limits tell clients apart and where they count. A client is a salted hash of
 * its address (request.ip, see TRUST_PROXY), kept for one window only: the limiter works, and not
 * even memory holds a plain IP address. The salt is made once and shared through the database, so
 * every instance computes the same key for the same client.
 */
export async function rateLimitSetup(
  db: Db,
  dialect: DialectName,
  onSweepError: (error: unknown) => void,
): Promise<{ options: Pick<RateLimitPluginOptions, 'keyGenerator' | 'store'>; stop(): void }> {
  const salt = await sharedSecret(db, 'rate-limit-salt');
  const keyGenerator = (request: FastifyRequest) => createHash('sha256').update(salt).update(request.ip).digest('base64url');
  if (dialect !== 'postgres') return { options: { keyGenerator }, stop: () => undefined };
  const sweep = startRateLimitSweep(db, onSweepError);
  return { options: { keyGenerator, store: databaseRateLimitStore(db) }, stop: sweep.stop };
}
