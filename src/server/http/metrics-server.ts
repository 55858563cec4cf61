import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { apiError, type ErrorCode } from '../../shared/api-error';

// Prometheus scrapes `GET /metrics` on a port of its own (METRICS_PORT), bound to 127.0.0.1 unless
// METRICS_HOST says otherwise: the figures never share a port with the public app. With METRICS_TOKEN
// set, the scrape must also send `Authorization: Bearer <token>`.

export const METRICS_PATH = '/metrics';

/** Compares in constant time (over hashes, so the token's length does not show either). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

export interface MetricsServer {
  /** Where Prometheus finds the metrics, e.g. http://127.0.0.1:9464/metrics */
  url: string;
  close(): Promise<void>;
}

export interface MetricsServerOptions {
  host: string;
  port: number;
  token: string | undefined;
}

export async function startMetricsServer(registry: Registry, options: MetricsServerOptions): Promise<MetricsServer> {
  const server = createServer((request, response) => {
    answer(registry, options.token, request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, 'internal', 'The metrics could not be collected');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}${METRICS_PATH}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A scraper's keep-alive connection would otherwise hold the shutdown for its idle timeout.
        server.closeIdleConnections();
      }),
  };
}

async function answer(registry: Registry, token: string | undefined, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = (request.url ?? '').split('?')[0];
  if (path !== METRICS_PATH) return sendJson(response, 404, 'not_found', 'Not found; the metrics are at /metrics');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return sendJson(response, 405, 'method_not_allowed', 'The metrics are read with GET');
  }
  if (token !== undefined && !bearerMatches(request.headers.authorization, token)) {
    response.setHeader('www-authenticate', 'Bearer realm="metrics"');
    return sendJson(response, 401, 'unauthorized', 'Send the metrics token as Authorization: Bearer <token>');
  }
  const text = await registry.metrics();
  response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : text);
}

function sendJson(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(apiError(code, message)));
}
