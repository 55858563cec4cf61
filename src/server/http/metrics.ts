import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ERROR_CODES } from '../../shared/api-error';

// Prometheus metrics (prom-client). Labels are chosen so that no personal data can reach them: the
// route TEMPLATE (`/api/v1/media/:id`), never the URL with its ids or query; methods, status classes,
// item kinds and error codes come from fixed lists, anything else is counted as `other`.

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const KINDS = new Set(['feedback', 'proposal', 'support', 'interest']);
const REASONS: ReadonlySet<string> = new Set(ERROR_CODES);

/** The database's connections at scrape time (db/database.ts gives them; http does not import db). */
export interface PoolStats {
  max: number;
  open: number;
  idle: number;
  waiting: number;
}

/** One item's answer in a delivered batch, as the store service gives it. */
export interface DeliveryResult {
  status: 'accepted' | 'duplicate' | 'rejected';
  error?: { code: string } | undefined;
}

export interface Metrics {
  registry: Registry;
  /** One answered request; `route` is the template of the route that took it, if any. */
  observeRequest(method: string, route: string | undefined, status: number, seconds: number): void;
  /** Counts the answer of every item of one delivered batch, by the item's kind. */
  countDeliveries(items: readonly unknown[], results: readonly DeliveryResult[]): void;
  /** Process figures (CPU, memory, event loop, GC): only for an app whose metrics are read. */
  collectProcessMetrics(): void;
}

export function createMetrics(poolStats: () => PoolStats): Metrics {
  const registry = new Registry();
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'qs_http_requests_total', help: 'HTTP requests answered', labelNames, registers: [registry] });
  const duration = new Histogram({
    name: 'qs_http_request_duration_seconds',
    help: 'Time from the request arriving to the answer sent',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'qs_submissions_total',
    help: 'Items delivered from outboxes, by kind and answer (accepted, duplicate, rejected with its error code as reason)',
    labelNames: ['kind', 'outcome', 'reason'] as const,
    registers: [registry],
  });
  // Read at scrape time, so an idle app does no work for it.
  new Gauge({
    name: 'qs_db_pool_connections',
    help: 'Database connections by state: max (the pool may open), open, idle; waiting counts queries queued for one',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = poolStats();
      this.set({ state: 'max' }, stats.max);
      this.set({ state: 'open' }, stats.open);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  let collecting = false;

  return {
    registry,
    observeRequest(method, route, status, seconds) {
      const labels = {
        method: oneOf(METHODS, method),
        // No route took it (404, 405): the path is whatever the client typed, so it is not a label.
        route: route ?? 'unmatched',
        // The exact code: a bounded set (Fastify answers only valid ones), and 429 apart from 400 matters.
        status: String(status),
      };
      requests.inc(labels);
      duration.observe(labels, seconds);
    },
    countDeliveries(items, results) {
      results.forEach((result, index) => {
        const kind = kindOf(items[index]);
        const reason = result.status === 'rejected' ? oneOf(REASONS, result.error?.code) : '';
        deliveries.inc({ kind, outcome: result.status, reason });
      });
    },
    collectProcessMetrics() {
      if (collecting) return;
      collecting = true;
      collectDefaultMetrics({ register: registry, prefix: 'qs_' });
    },
  };
}

/** Whether anyone can read the metrics (config.ts): a port of their own, or a token on the app's port. */
export function metricsEnabled(config: { metricsPort: number | undefined; metricsToken: string | undefined }): boolean {
  return config.metricsPort !== undefined || config.metricsToken !== undefined;
}

/**
 * Observes every answered request (errors and the app's files included) and the process, when the
 * metrics are read at all; otherwise the app does no metrics work per request.
 */
export function installMetrics(app: FastifyInstance, metrics: Metrics, enabled: boolean): void {
  if (!enabled) return;
  metrics.collectProcessMetrics();
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(request.method, request.routeOptions.url, reply.statusCode, reply.elapsedTime / 1000);
  });
}

function oneOf(allowed: ReadonlySet<string>, value: string | undefined): string {
  return value !== undefined && allowed.has(value) ? value : 'other';
}

function kindOf(item: unknown): string {
  const kind = typeof item === 'object' && item !== null && 'kind' in item ? item.kind : undefined;
  return typeof kind === 'string' ? oneOf(KINDS, kind) : 'other';
}
