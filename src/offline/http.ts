import type { z } from 'zod';
import { apiErrorBodySchema, type ApiError } from '../shared/api-error';

// The one HTTP client for everything that is not the outbox: the resident's online reads (feed, status,
// receipt look-up, contact deletion, catalog) and the whole manager area. One fetch wrapper (a deadline,
// "no connection" told apart from "no answer" and from "the server said no", the body read once), one
// error type that carries the API's error code, one Retry-After parser (the sync engine's too). The
// outbox's own requests stay in the sync engine, which judges answers its own way (DESIGN §4).

export type FetchLike = typeof fetch;
export const defaultFetch: FetchLike = (...args) => fetch(...args);

/** How long a person waits for one request before we say "no answer". */
export const READ_TIMEOUT_MS = 15_000;

/** Retry-After in ms, given as seconds or as an HTTP date; absent, unreadable or past counts as 0. */
export function parseRetryAfter(header: string | null, now: number): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : Math.max(0, date - now);
}

export type HttpOutcome =
  | { kind: 'ok'; status: number; body: unknown; headers: Headers }
  /** The server (or something in between) said no; `error` when it is our API's JSON error. */
  | { kind: 'http'; status: number; error?: ApiError; retryAfterMs: number; headers: Headers }
  /** The device knows it has no connection. */
  | { kind: 'offline' }
  /** Sent, but no answer came (refused, reset, DNS). */
  | { kind: 'network' }
  | { kind: 'timeout' }
  /** A success whose body is not JSON (a captive portal's page). */
  | { kind: 'bad_answer'; status: number };
export type HttpFailure = Exclude<HttpOutcome, { kind: 'ok' }>;

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  /** A JSON value sent as the body. */
  json?: unknown;
  credentials?: RequestCredentials;
  timeoutMs?: number;
  fetchImpl?: FetchLike;
  /** The caller's cancellation (react-query passes one); a cancelled request rejects with its reason. */
  signal?: AbortSignal;
  /**
   * Headers for requests that change something (not GET/HEAD), asked for when sending — where a
   * caller injects its CSRF token, which may change between creating a request and sending it.
   */
  writeHeaders?: () => Record<string, string>;
  now?: () => number;
}

/**
 * For the resident's reads: nothing usable came back, so the cached copy stands and the screen says
 * "offline". A success that is not JSON counts too: that is a captive portal, not our server.
 */
export function isNoAnswer(outcome: HttpOutcome): outcome is Exclude<HttpFailure, { kind: 'http' }> {
  return outcome.kind !== 'ok' && outcome.kind !== 'http';
}

function isOffline(): boolean {
  return globalThis.navigator?.onLine === false;
}

function noAnswer(timedOut: boolean): HttpFailure {
  if (isOffline()) return { kind: 'offline' };
  return timedOut ? { kind: 'timeout' } : { kind: 'network' };
}

/** One request, never throwing for what the network or the server does: the outcome says what happened. */
export async function request(url: string, options: RequestOptions = {}): Promise<HttpOutcome> {
  if (isOffline()) return { kind: 'offline' };
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') Object.assign(headers, options.writeHeaders?.());
  // One controller for the deadline and the caller's cancellation (AbortSignal.any is too new for some phones).
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? READ_TIMEOUT_MS);
  const cancel = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });
  const signal = controller.signal;
  try {
    let response: Response;
    try {
      response = await (options.fetchImpl ?? defaultFetch)(url, {
        method,
        headers,
        signal,
        ...(options.credentials ? { credentials: options.credentials } : {}),
        ...(options.json !== undefined ? { body: JSON.stringify(options.json) } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      return noAnswer(timedOut);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (options.signal?.aborted) throw error;
      return noAnswer(timedOut);
    }
    const body = readJson(text);
    if (!response.ok) {
      const parsed = apiErrorBodySchema.safeParse(body.ok ? body.value : undefined);
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), (options.now ?? Date.now)());
      return { kind: 'http', status: response.status, ...(parsed.success ? { error: parsed.data.error } : {}), retryAfterMs, headers: response.headers };
    }
    if (!body.ok) return { kind: 'bad_answer', status: response.status };
    return { kind: 'ok', status: response.status, body: body.value, headers: response.headers };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** An empty body (204, or a 200 without one) reads as undefined. */
function readJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * A failed request as an error. `code` is the API's error code, or for failures without one:
 * `offline`, `network`, `timeout`, `bad_answer`, `rate_limited` (a 429 without our JSON), `internal`.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly kind: HttpFailure['kind'],
    /** 0 when no answer came */
    readonly status: number,
    readonly code: string,
    message: string,
    /** the server's Retry-After in ms; 0 when it gave none */
    readonly retryAfterMs = 0,
  ) {
    super(message);
  }

  static from(failure: HttpFailure): HttpError {
    switch (failure.kind) {
      case 'http': {
        const code = failure.error?.code ?? (failure.status === 429 ? 'rate_limited' : 'internal');
        return new HttpError('http', failure.status, code, failure.error?.message ?? `HTTP ${failure.status}`, failure.retryAfterMs);
      }
      case 'bad_answer':
        return new HttpError('bad_answer', failure.status, 'bad_answer', 'Unexpected answer from the server');
      default:
        return new HttpError(failure.kind, 0, failure.kind, 'No answer from the server');
    }
  }
}

/** The body of a successful request, or an HttpError. */
export async function requestJson(url: string, options: RequestOptions = {}): Promise<unknown> {
  const outcome = await request(url, options);
  if (outcome.kind === 'ok') return outcome.body;
  throw HttpError.from(outcome);
}

/** An answer read with its schema; one the client cannot read is a `bad_answer`, never a half-read object. */
export function parseAnswer<T>(schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new HttpError('bad_answer', 200, 'bad_answer', 'Unexpected answer from the server');
  return parsed.data;
}
