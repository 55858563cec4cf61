import { request as httpRequest, createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A tiny HTTP proxy that sits between the browser and the real server and misbehaves on command. The browser loads
 * the app through it, so page and service-worker traffic both pass here and the origin is the proxy's.
 *
 * - `pass`: forward unchanged.
 * - `drop-response-after-commit`: forward, wait for the server's complete answer, then close the client's socket
 *   without sending a byte of it — "the server stored it but the answer was lost".
 * - `reset-after-commit`: the same, but the client's connection is torn down with a TCP RST instead of a FIN.
 * - `status`: answer `status` (503 by default) itself, optionally with `Retry-After`, without forwarding.
 * - `reset`: tear the client's connection down at once (TCP RST where Node supports it), without forwarding.
 * - `hang`: never answer (the request is released when the test calls `reset()` or `close()`).
 * - `hold`: read the whole request, then park it until the test decides (`nextHeld()`): forward it to the server —
 *   even after the client has gone away — or reset it. "The request is in flight" for as long as the test likes.
 * - `rewrite`: forward, then hand the client `rewrite(body)` instead of the server's body (e.g. a byte-different
 *   service worker). Conditional and compressed upstream answers are avoided so the rewrite always sees the bytes.
 */
export type FaultMode =
  | 'pass'
  | 'drop-response-after-commit'
  | 'reset-after-commit'
  | 'status'
  | 'reset'
  | 'hang'
  | 'hold'
  | 'rewrite';

export interface FaultSpec {
  mode: FaultMode;
  /** For `status`: the status code to answer with (default 503). */
  status?: number;
  /** For `status`: the `Retry-After` header (seconds or an HTTP date); a function is asked when the answer is sent. */
  retryAfter?: number | string | (() => number | string);
  /**
   * For `status`: the error code in the API's shape. By default `rate_limited` for 429 and `unavailable` (a code the
   * server never sends, as from a proxy in front of it) otherwise; `overloaded` is the server's own refusal for load.
   */
  code?: string;
  /** For `rewrite`: what the client gets instead of the server's (text) body. */
  rewrite?: (body: string) => string;
}

export interface FaultRule extends FaultSpec {
  /** Exact pathname (query ignored) or a pattern tested against the pathname. */
  path: string | RegExp;
  /** Upper-case HTTP method; any method when left out. */
  method?: string;
  /** How many matching requests get this fault before it is used up (default 1). */
  times?: number;
}

export interface ProxyLogEntry {
  method: string;
  path: string;
  mode: FaultMode;
  /**
   * When the request arrived, `Date.now()` — the wall clock the browser's engine also schedules by, so "the client
   * waited at least Retry-After" is `next.at - this.at >= seconds * 1000`, and an HTTP-date Retry-After compares
   * directly.
   */
  at: number;
  /** When the client's side was over: answer sent, connection dropped, or the client went away. */
  endedAt?: number;
  /** The status the client got; undefined when it got no answer. */
  status?: number;
  /** The `Retry-After` header the client got. */
  retryAfter?: string;
  /** Upstream status when the request reached the server, else undefined. */
  upstreamStatus?: number;
  /** For a JSON body of the shape `{"items": [{"id": …}, …]}` (a submissions batch): the item ids, in order. */
  itemIds?: string[];
}

/** A request parked by a `hold` fault. The body has been read completely. */
export interface HeldRequest {
  readonly method: string;
  readonly path: string;
  readonly body: Buffer;
  readonly entry: ProxyLogEntry;
  /** The client gave up on it (page reloaded or closed, offline, aborted by a timeout) while it was held. */
  readonly clientGone: boolean;
  /**
   * Sends it on to the server. The answer goes to the client if it is still connected (else it is read and thrown
   * away) — unless `answer` says to lose it after the server finished: `drop` closes the client's connection, `reset`
   * tears it down with an RST. Resolves with the server's status once its answer is complete, or undefined when the
   * server failed.
   */
  forward(options?: { answer?: 'deliver' | 'drop' | 'reset' }): Promise<number | undefined>;
  /** Tears the client's connection down; nothing is forwarded. */
  reset(): void;
}

export interface FaultProxyOptions {
  /** The real server, e.g. `http://127.0.0.1:4310`. */
  target: string;
  /** Port to listen on (0 = any free port). */
  port?: number;
  /**
   * When false, every answer carries `Connection: close`, so the browser never reuses a connection. Chromium silently
   * re-sends a request that failed on a *reused* keep-alive connection before any response byte arrived; with fresh
   * connections a dropped answer reaches the app as the network error it is meant to be.
   */
  keepAlive?: boolean;
}

interface ActiveRule extends FaultRule {
  remaining: number;
}

// Hop-by-hop headers belong to one connection and must not be forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'upgrade',
]);
// What `rewrite` strips: the upstream must send the full, uncompressed body, and the client must not be able to
// revalidate the rewritten bytes against the original's validators.
const REWRITE_REQUEST_DROP = new Set(['accept-encoding', 'if-none-match', 'if-modified-since', 'range', 'if-range']);
const REWRITE_RESPONSE_DROP = new Set([
  'content-length',
  'transfer-encoding',
  'content-encoding',
  'etag',
  'last-modified',
  'content-range',
]);
// Bodies larger than a submissions batch may be are not kept for the log.
const MAX_CAPTURED_BODY = 2 * 1024 * 1024;
const DEFAULT_HELD_WAIT_MS = 30_000;

function without(headers: IncomingHttpHeaders, drop: ReadonlySet<string>): IncomingHttpHeaders {
  const result: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!HOP_BY_HOP.has(lower) && !drop.has(lower)) result[name] = value;
  }
  return result;
}

function pathnameOf(url: string | undefined): string {
  return new URL(url ?? '/', 'http://proxy.invalid').pathname;
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== method) return false;
  return typeof rule.path === 'string' ? rule.path === path : rule.path.test(path);
}

function destroyHard(socket: Socket): void {
  // resetAndDestroy sends a TCP RST (Node ≥ 18.3); a plain destroy would be an orderly FIN.
  if (typeof socket.resetAndDestroy === 'function' && !socket.destroyed) socket.resetAndDestroy();
  else socket.destroy();
}

function clock(): number {
  return Date.now();
}

function itemIdsOf(body: Buffer): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('items' in parsed) || !Array.isArray(parsed.items)) {
      return undefined;
    }
    return parsed.items.map((item: unknown) =>
      typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : '',
    );
  } catch {
    return undefined;
  }
}

type DropAnswer = 'no' | 'fin' | 'rst';

interface ForwardOptions {
  drop: DropAnswer;
  /** Already read (held requests); otherwise the request is piped through. */
  body?: Buffer;
  rewrite?: (body: string) => string;
}

export class FaultProxy {
  private defaultSpec: FaultSpec = { mode: 'pass' };
  private rules: ActiveRule[] = [];
  private readonly hitCounts = new Map<string, number>();
  private readonly entries: ProxyLogEntry[] = [];
  private readonly hanging = new Set<ServerResponse>();
  private held: HeldRequest[] = [];
  private heldWaiters: { resolve: (held: HeldRequest) => void; reject: (error: Error) => void }[] = [];
  private readonly parked = new Set<ServerResponse>();
  private readonly sockets = new Set<Socket>();
  private readonly target: URL;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    options: FaultProxyOptions,
  ) {
    this.target = new URL(options.target);
  }

  static async start(options: FaultProxyOptions): Promise<FaultProxy> {
    const server = createServer();
    // The proxy is local and short-lived; Node's default 5 s keep-alive would keep `close()` waiting.
    server.keepAliveTimeout = 1_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('Fault proxy has no TCP address.');
    const proxy = new FaultProxy(server, address.port, options);
    server.on('connection', (socket) => {
      proxy.sockets.add(socket);
      socket.on('close', () => proxy.sockets.delete(socket));
    });
    server.on('request', (req, res) => proxy.handle(req, res, options.keepAlive ?? true));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Sets what happens to every request that no `failNext` rule claims. */
  setMode(spec: FaultMode | FaultSpec): void {
    this.defaultSpec = typeof spec === 'string' ? { mode: spec } : { ...spec };
  }

  /**
   * Applies a fault to the next `times` (default 1) requests that match; earlier rules win. A `pass` rule is a
   * placeholder: pushing a sequence of rules scripts what the next requests get, one after the other.
   */
  failNext(rule: FaultRule): void {
    this.rules.push({ ...rule, remaining: rule.times ?? 1 });
  }

  /** Forgets the rules not used yet; the default mode stays. */
  clearRules(): void {
    this.rules = [];
  }

  /** Faults still waiting to be applied. */
  pendingFaults(): number {
    return this.rules.reduce((sum, rule) => sum + rule.remaining, 0);
  }

  /** Requests seen for a pathname (query ignored), for one method or all. */
  hits(path: string, method?: string): number {
    if (method !== undefined) return this.hitCounts.get(`${method.toUpperCase()} ${path}`) ?? 0;
    let sum = 0;
    for (const [key, count] of this.hitCounts) if (key.slice(key.indexOf(' ') + 1) === path) sum += count;
    return sum;
  }

  /** Every request seen, in order, with what the proxy did to it — handy in failure messages. */
  log(): readonly ProxyLogEntry[] {
    return this.entries;
  }

  /** The log entries of one method and path, in order. */
  requests(path: string, method: string): ProxyLogEntry[] {
    return this.entries.filter((entry) => entry.path === path && entry.method === method.toUpperCase());
  }

  /**
   * The next request a `hold` fault parked (oldest first; each is handed out once). Rejects after `waitMs` with the
   * log in the message, so a journey that never sends says so instead of running into the test timeout.
   */
  nextHeld(waitMs = DEFAULT_HELD_WAIT_MS): Promise<HeldRequest> {
    const ready = this.held.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve: (held: HeldRequest) => {
          clearTimeout(timer);
          resolve(held);
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.heldWaiters = this.heldWaiters.filter((candidate) => candidate !== waiter);
        const seen = this.entries.map((entry) => `${entry.method} ${entry.path} → ${entry.mode}`).join('\n');
        reject(new Error(`No request was held within ${waitMs} ms. Requests seen:\n${seen}`));
      }, waitMs);
      this.heldWaiters.push(waiter);
    });
  }

  /** Back to `pass`: forget rules, counters and log, and release hanging and held requests (their clients see a reset). */
  reset(): void {
    this.defaultSpec = { mode: 'pass' };
    this.rules = [];
    this.hitCounts.clear();
    this.entries.length = 0;
    this.releaseHanging();
  }

  async close(): Promise<void> {
    this.releaseHanging();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
  }

  private releaseHanging(): void {
    for (const res of this.hanging) res.socket?.destroy();
    this.hanging.clear();
    for (const res of this.parked) res.socket?.destroy();
    this.parked.clear();
    this.held = [];
    const waiters = this.heldWaiters;
    this.heldWaiters = [];
    for (const waiter of waiters) waiter.reject(new Error('The fault proxy was reset while waiting for a held request.'));
  }

  private pick(method: string, path: string): FaultSpec {
    const rule = this.rules.find((candidate) => candidate.remaining > 0 && matches(candidate, method, path));
    if (rule === undefined) return this.defaultSpec;
    rule.remaining -= 1;
    this.rules = this.rules.filter((candidate) => candidate.remaining > 0);
    return rule;
  }

  private handle(req: IncomingMessage, res: ServerResponse, keepAlive: boolean): void {
    const method = (req.method ?? 'GET').toUpperCase();
    const path = pathnameOf(req.url);
    const key = `${method} ${path}`;
    this.hitCounts.set(key, (this.hitCounts.get(key) ?? 0) + 1);
    const spec = this.pick(method, path);
    const entry: ProxyLogEntry = { method, path, mode: spec.mode, at: clock() };
    this.entries.push(entry);
    const body = this.capture(req, entry);
    // 'finish' (the answer is handed to the OS, so the client cannot have it yet) or 'close' (the connection died).
    const ended = (): void => {
      entry.endedAt ??= clock();
      if (res.headersSent) entry.status = res.statusCode;
    };
    res.on('finish', ended);
    res.on('close', ended);
    if (!keepAlive) res.setHeader('connection', 'close');

    switch (spec.mode) {
      case 'reset':
        destroyHard(req.socket);
        return;
      case 'hang':
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        req.resume();
        return;
      case 'hold':
        this.hold(req, res, entry, body);
        return;
      case 'status': {
        req.resume();
        const status = spec.status ?? 503;
        const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
        if (spec.retryAfter !== undefined) {
          headers['retry-after'] = String(typeof spec.retryAfter === 'function' ? spec.retryAfter() : spec.retryAfter);
          entry.retryAfter = headers['retry-after'];
        }
        const code = spec.code ?? (status === 429 ? 'rate_limited' : 'unavailable');
        res.writeHead(status, headers);
        res.end(JSON.stringify({ error: { code, message: `Fault proxy answered ${status}.` } }));
        return;
      }
      case 'pass':
        this.forward(req, res, entry, { drop: 'no' });
        return;
      case 'drop-response-after-commit':
        this.forward(req, res, entry, { drop: 'fin' });
        return;
      case 'reset-after-commit':
        this.forward(req, res, entry, { drop: 'rst' });
        return;
      case 'rewrite':
        this.forward(req, res, entry, { drop: 'no', ...(spec.rewrite ? { rewrite: spec.rewrite } : {}) });
        return;
    }
  }

  /** Keeps a JSON request body for the log (item ids); resolves with the whole body, or undefined if cut short. */
  private capture(req: IncomingMessage, entry: ProxyLogEntry): Promise<Buffer | undefined> {
    const chunks: Buffer[] = [];
    let size = 0;
    const json = (req.headers['content-type'] ?? '').includes('json');
    return new Promise((resolve) => {
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_CAPTURED_BODY) chunks.push(chunk);
      });
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        if (json && size <= MAX_CAPTURED_BODY) {
          const ids = itemIdsOf(body);
          if (ids) entry.itemIds = ids;
        }
        resolve(size <= MAX_CAPTURED_BODY ? body : undefined);
      });
      // Whichever comes first wins: after a complete body 'end' has already resolved, a later 'close' changes nothing.
      req.on('error', () => resolve(undefined));
      req.on('close', () => resolve(undefined));
    });
  }

  private hold(req: IncomingMessage, res: ServerResponse, entry: ProxyLogEntry, body: Promise<Buffer | undefined>): void {
    this.parked.add(res);
    let clientGone = false;
    res.on('close', () => {
      this.parked.delete(res);
      if (!res.writableFinished) clientGone = true;
    });
    void body.then((complete) => {
      // A client that left before its body was complete has nothing to hold.
      if (complete === undefined) return;
      let decided = false;
      const decide = (): void => {
        if (decided) throw new Error(`Held ${entry.method} ${entry.path} was already forwarded or reset.`);
        decided = true;
        this.parked.delete(res);
      };
      const held: HeldRequest = {
        method: entry.method,
        path: entry.path,
        body: complete,
        entry,
        get clientGone() {
          return clientGone;
        },
        forward: (options) => {
          decide();
          const answer = options?.answer ?? 'deliver';
          const drop: DropAnswer = answer === 'drop' ? 'fin' : answer === 'reset' ? 'rst' : 'no';
          return this.forward(req, res, entry, { drop, body: complete });
        },
        reset: () => {
          decide();
          destroyHard(req.socket);
        },
      };
      const waiter = this.heldWaiters.shift();
      if (waiter) waiter.resolve(held);
      else this.held.push(held);
    });
  }

  private forward(
    req: IncomingMessage,
    res: ServerResponse,
    entry: ProxyLogEntry,
    options: ForwardOptions,
  ): Promise<number | undefined> {
    const rewrite = options.rewrite;
    return new Promise((resolve) => {
      const upstream = httpRequest(
        {
          protocol: this.target.protocol,
          hostname: this.target.hostname,
          port: this.target.port,
          method: req.method,
          path: req.url,
          // The Host header stays the browser's, so the server sees the origin the browser uses (cookies, CSRF checks).
          headers: without(req.headers, rewrite ? REWRITE_REQUEST_DROP : new Set()),
          // No pooled upstream sockets: after a server restart a pooled socket would be dead and fail the next request.
          agent: false,
        },
        (upstreamRes) => {
          entry.upstreamStatus = upstreamRes.statusCode;
          upstreamRes.on('end', () => resolve(upstreamRes.statusCode));
          upstreamRes.on('error', () => resolve(undefined));
          if (res.destroyed || res.writableEnded) {
            // The client left while the request was held: the server's answer goes nowhere.
            upstreamRes.resume();
            return;
          }
          if (options.drop !== 'no') {
            // Read the whole answer first, so the server has certainly finished (committed) before we lose it.
            upstreamRes.resume();
            upstreamRes.on('end', () => (options.drop === 'rst' ? destroyHard(req.socket) : req.socket.destroy()));
            return;
          }
          if (rewrite && upstreamRes.statusCode === 200) {
            const chunks: Buffer[] = [];
            upstreamRes.on('data', (chunk: Buffer) => chunks.push(chunk));
            upstreamRes.on('end', () => {
              const changed = Buffer.from(rewrite(Buffer.concat(chunks).toString('utf8')), 'utf8');
              res.writeHead(200, {
                ...without(upstreamRes.headers, REWRITE_RESPONSE_DROP),
                'content-length': String(changed.length),
              });
              res.end(changed);
            });
            return;
          }
          res.writeHead(upstreamRes.statusCode ?? 502, without(upstreamRes.headers, new Set()));
          upstreamRes.pipe(res);
        },
      );
      upstream.on('error', () => {
        resolve(undefined);
        if (res.destroyed || res.writableEnded) return;
        // Server down (e.g. during a restart or killed mid-request): answer like a real reverse proxy would.
        if (res.headersSent) {
          req.socket.destroy();
          return;
        }
        res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: { code: 'bad_gateway', message: 'Upstream server unreachable.' } }));
      });
      if (options.body !== undefined) {
        upstream.end(options.body);
      } else {
        req.on('aborted', () => upstream.destroy());
        req.pipe(upstream);
      }
    });
  }
}
