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
 * - `status`: answer `status` (503 by default) itself, optionally with `Retry-After`, without forwarding.
 * - `reset`: tear the client's connection down at once (TCP RST where Node supports it), without forwarding.
 * - `hang`: never answer (the request is released when the test calls `reset()` or `close()`).
 */
export type FaultMode = 'pass' | 'drop-response-after-commit' | 'status' | 'reset' | 'hang';

export interface FaultSpec {
  mode: FaultMode;
  /** For `status`: the status code to answer with (default 503). */
  status?: number;
  /** For `status`: the `Retry-After` header (seconds or an HTTP date). */
  retryAfter?: number | string;
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
  /** Upstream status when the request reached the server, else undefined. */
  upstreamStatus?: number;
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

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const result: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(name.toLowerCase())) result[name] = value;
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

export class FaultProxy {
  private defaultSpec: FaultSpec = { mode: 'pass' };
  private rules: ActiveRule[] = [];
  private readonly hitCounts = new Map<string, number>();
  private readonly entries: ProxyLogEntry[] = [];
  private readonly hanging = new Set<ServerResponse>();
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

  /** Applies a fault to the next `times` (default 1) requests that match; earlier rules win. */
  failNext(rule: FaultRule): void {
    this.rules.push({ ...rule, remaining: rule.times ?? 1 });
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

  /** Back to `pass`: forget rules, counters and log, and release hanging requests. */
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
    const entry: ProxyLogEntry = { method, path, mode: spec.mode };
    this.entries.push(entry);
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
      case 'status': {
        req.resume();
        const status = spec.status ?? 503;
        const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
        if (spec.retryAfter !== undefined) headers['retry-after'] = String(spec.retryAfter);
        const code = status === 429 ? 'rate_limited' : 'unavailable';
        res.writeHead(status, headers);
        res.end(JSON.stringify({ error: { code, message: `Fault proxy answered ${status}.` } }));
        return;
      }
      case 'pass':
      case 'drop-response-after-commit':
        this.forward(req, res, entry, spec.mode === 'drop-response-after-commit');
        return;
    }
  }

  private forward(req: IncomingMessage, res: ServerResponse, entry: ProxyLogEntry, dropAnswer: boolean): void {
    const upstream = httpRequest(
      {
        protocol: this.target.protocol,
        hostname: this.target.hostname,
        port: this.target.port,
        method: req.method,
        path: req.url,
        // The Host header stays the browser's, so the server sees the origin the browser uses (cookies, CSRF checks).
        headers: withoutHopByHop(req.headers),
        // No pooled upstream sockets: after a server restart a pooled socket would be dead and fail the next request.
        agent: false,
      },
      (upstreamRes) => {
        entry.upstreamStatus = upstreamRes.statusCode;
        if (dropAnswer) {
          // Read the whole answer first, so the server has certainly finished (committed) before we lose it.
          upstreamRes.resume();
          upstreamRes.on('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(upstreamRes.statusCode ?? 502, withoutHopByHop(upstreamRes.headers));
        upstreamRes.pipe(res);
      },
    );
    upstream.on('error', () => {
      // Server down (e.g. during a restart): answer like a real reverse proxy would.
      if (res.headersSent) {
        req.socket.destroy();
        return;
      }
      res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { code: 'bad_gateway', message: 'Upstream server unreachable.' } }));
    });
    req.on('aborted', () => upstream.destroy());
    req.pipe(upstream);
  }
}
