import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Everything an operator can set lives here, read once from the environment. Paths are resolved
// against the project folder (not the working directory) where that is what people expect.

// This module runs from src/server/config.ts and, bundled, from dist/server/<entry>.js: two levels below
// the project either way (src/build/build-server.ts keeps every bundle there).
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A number of proxy hops, or the addresses/CIDR ranges of the proxies (proxy-addr syntax). */
export type TrustProxy = number | string[];

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… switches the storage to PostgreSQL; unset means SQLite under dataDir. */
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  seedsDir: string;
  seed: string;
  staticDir: string;
  /** Submission batches per minute and client. */
  rateLimitMax: number;
  /** Login attempts per minute and client, on top of the per-account lock-out. */
  loginRateLimitMax: number;
  /** Receipt look-ups per minute and client: tight, so codes cannot be enumerated. */
  receiptRateLimitMax: number;
  /** Open311 requests (POST) per minute and API key. */
  open311RateLimitMax: number;
  /** Open311 discovery: how to reach the people behind this installation (free text). */
  open311Contact: string | undefined;
  /** Days after an item is done/declined until its contact data is deleted automatically. */
  contactRetentionDays: number;
  /**
   * Which reverse proxies to believe for X-Forwarded-For/-Proto: how many stand in front of the app
   * (0: none), or their addresses. http/trust-proxy.ts turns it into Fastify's setting.
   */
  trustProxy: TrustProxy;
  /** Connections each app instance keeps open to PostgreSQL (unused with SQLite). */
  pgPoolSize: number;
  /**
   * Queries that may wait for one of those connections before the API refuses new requests with 503
   * `overloaded` and Retry-After (http/load-shedding.ts); 0 never refuses. PostgreSQL only.
   */
  pgQueueLimit: number;
  logLevel: string;
  /** How long `GET /api/v1/ready` waits for the database before answering 503. */
  readyTimeoutMs: number;
  /** Prometheus metrics on a port of their own (http/metrics-server.ts); undefined: not there. */
  metricsPort: number | undefined;
  /** Where that port listens: loopback unless the operator opens it. */
  metricsHost: string;
  /** Bearer token for the metrics; alone, it serves them on the app's port at /api/v1/metrics. */
  metricsToken: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

export function readConfig(env: Env = process.env): Config {
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// (leave it unset for SQLite)');
  }
  const adminEmail = nonEmpty(env.ADMIN_EMAIL)?.toLowerCase();
  const adminPassword = nonEmpty(env.ADMIN_PASSWORD);
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError('Set ADMIN_EMAIL and ADMIN_PASSWORD together, or neither');
  }
  const seed = nonEmpty(env.SEED) ?? 'erfurt';
  if (!/^[a-z0-9-]+$/.test(seed)) throw new ConfigError('SEED must be a folder name under seeds/ (a-z, 0-9, -)');
  return {
    port: integer(env.PORT, 8080, 'PORT', 0, 65535),
    host: nonEmpty(env.HOST) ?? '0.0.0.0',
    dataDir: path.resolve(nonEmpty(env.DATA_DIR) ?? 'data'),
    databaseUrl,
    adminEmail,
    adminPassword,
    seedsDir: path.resolve(nonEmpty(env.SEEDS_DIR) ?? path.join(PROJECT_ROOT, 'seeds')),
    seed,
    // dist/client only: dist/server (the bundled server) is never served.
    staticDir: path.resolve(nonEmpty(env.STATIC_DIR) ?? path.join(PROJECT_ROOT, 'dist', 'client')),
    rateLimitMax: integer(env.RATE_LIMIT_MAX, 600, 'RATE_LIMIT_MAX', 1, 1_000_000),
    loginRateLimitMax: integer(env.LOGIN_RATE_LIMIT_MAX, 60, 'LOGIN_RATE_LIMIT_MAX', 1, 1_000_000),
    receiptRateLimitMax: integer(env.RECEIPT_RATE_LIMIT_MAX, 30, 'RECEIPT_RATE_LIMIT_MAX', 1, 1_000_000),
    open311RateLimitMax: integer(env.OPEN311_RATE_LIMIT_MAX, 120, 'OPEN311_RATE_LIMIT_MAX', 1, 1_000_000),
    open311Contact: nonEmpty(env.OPEN311_CONTACT),
    contactRetentionDays: integer(env.CONTACT_RETENTION_DAYS, 90, 'CONTACT_RETENTION_DAYS', 0, 36_500),
    trustProxy: trustedProxies(env.TRUST_PROXY),
    pgPoolSize: integer(env.PG_POOL_SIZE, 10, 'PG_POOL_SIZE', 1, 1000),
    pgQueueLimit: integer(env.PG_QUEUE_LIMIT, 100, 'PG_QUEUE_LIMIT', 0, 1_000_000),
    logLevel: nonEmpty(env.LOG_LEVEL) ?? 'info',
    readyTimeoutMs: integer(env.READY_TIMEOUT_MS, 2000, 'READY_TIMEOUT_MS', 1, 60_000),
    ...metricsSettings(env),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function integer(raw: string | undefined, fallback: number, name: string, min: number, max: number): number {
  const value = nonEmpty(raw);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return parsed;
}

function metricsSettings(env: Env): Pick<Config, 'metricsPort' | 'metricsHost' | 'metricsToken'> {
  const port = nonEmpty(env.METRICS_PORT);
  const token = nonEmpty(env.METRICS_TOKEN);
  // Anyone who can read the token can read the metrics: a short one is guessed.
  if (token !== undefined && token.length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters long');
  return {
    metricsPort: port === undefined ? undefined : integer(port, 0, 'METRICS_PORT', 0, 65535),
    metricsHost: nonEmpty(env.METRICS_HOST) ?? '127.0.0.1',
    metricsToken: token,
  };
}

/**
 * Either a hop count or the proxies' own addresses — never "trust everything": behind nginx, Caddy or
 * Traefik (which append to X-Forwarded-For) `true` would take the left-most entry, which the client
 * writes itself, and every request could claim a new address past the rate limits. `true` has no safe
 * meaning, so it is refused with the fix instead of being guessed.
 */
function trustedProxies(raw: string | undefined): TrustProxy {
  const value = nonEmpty(raw)?.toLowerCase();
  if (value === undefined || value === 'false') return 0;
  if (value === 'true') {
    throw new ConfigError(
      'TRUST_PROXY takes the number of reverse proxies in front of the app (usually 1; 0 for none) or their ' +
        'addresses (e.g. 127.0.0.1 or 10.0.0.0/8): "true" would let any client choose its own address for the rate limits.',
    );
  }
  if (/^\d+$/.test(value)) return integer(value, 0, 'TRUST_PROXY (the number of reverse proxies in front of the app)', 0, 10);
  const addresses = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  const invalid = addresses.find((entry) => !isAddressOrRange(entry));
  if (invalid !== undefined) {
    throw new ConfigError(`TRUST_PROXY: "${invalid}" is neither a number of proxies nor an IP address or CIDR range`);
  }
  return addresses;
}

function isAddressOrRange(entry: string): boolean {
  if (entry === 'loopback' || entry === 'linklocal' || entry === 'uniquelocal') return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}
