import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedback, interest } from '../test/factories';
import { json, postBatch, startTestApp, type TestApp } from '../test/support';
import { startMetricsServer, type MetricsServer } from './metrics-server';

// Prometheus metrics: scraped on their own port or, with a token only, on the app's port; counted by
// route template and status class; never an id, an e-mail, an address or a query string in a label.

const TOKEN = 'metrics-token-for-the-tests';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function scrape(url: string, token?: string): Promise<Response> {
  return fetch(url, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
}

/** Every label value of every sample in a text exposition. */
function labelValues(text: string): string[] {
  return [...text.matchAll(/^\w+\{([^}]*)\}/gm)].flatMap(([, labels]) => [...(labels ?? '').matchAll(/\w+="([^"]*)"/g)].map(([, value]) => value ?? ''));
}

describe('on a port of their own (METRICS_PORT)', () => {
  let t: TestApp;
  let server: MetricsServer;
  const item = feedback({ contact: { email: 'resident@example.org' } });

  beforeAll(async () => {
    t = await startTestApp({ metricsPort: 0, metricsToken: undefined });
    server = await startMetricsServer(t.ctx.metrics.registry, { host: t.ctx.config.metricsHost, port: 0, token: undefined });
    // What a resident's device and a curious visitor do: deliver, repeat, get refused, look things up.
    await postBatch(t.app, [item, interest({ opportunityId: 'beispiel-lesepaten' })]);
    await postBatch(t.app, [item, feedback({ quarterId: 'no-such-quarter' })]);
    await t.app.inject({ method: 'GET', url: `/api/v1/submissions/${item.id as string}?email=resident@example.org` });
    await t.app.inject({ method: 'GET', url: `/api/v1/media/${randomUUID()}` });
    await t.app.inject({ method: 'GET', url: '/api/v1/receipts/ERF-4K7Q-M2XD' });
    await t.app.inject({ method: 'GET', url: `/api/v1/nothing/${randomUUID()}`, remoteAddress: '203.0.113.7' });
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('listen on 127.0.0.1 by default and serve the text format', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const response = await scrape(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('count requests and their latency by method, route template and status class', async () => {
    const text = await (await scrape(server.url)).text();
    expect(text).toContain('qs_http_requests_total{method="POST",route="/api/v1/submissions",status="200"} 2');
    expect(text).toContain('qs_http_requests_total{method="GET",route="/api/v1/submissions/:id",status="200"} 1');
    expect(text).toContain('qs_http_requests_total{method="GET",route="/api/v1/media/:id",status="404"} 1');
    expect(text).toContain('qs_http_requests_total{method="GET",route="unmatched",status="404"} 1');
    expect(text).toMatch(/qs_http_request_duration_seconds_bucket\{le="0\.005",method="POST",route="\/api\/v1\/submissions",status="200"\} \d+/);
    expect(text).toContain('qs_http_request_duration_seconds_count{method="POST",route="/api/v1/submissions",status="200"} 2');
  });

  it('count delivered items by kind and answer, with the error code as the reason', async () => {
    const text = await (await scrape(server.url)).text();
    expect(text).toContain('qs_submissions_total{kind="feedback",outcome="accepted",reason=""} 1');
    expect(text).toContain('qs_submissions_total{kind="interest",outcome="accepted",reason=""} 1');
    expect(text).toContain('qs_submissions_total{kind="feedback",outcome="duplicate",reason=""} 1');
    expect(text).toContain('qs_submissions_total{kind="feedback",outcome="rejected",reason="unknown_quarter"} 1');
  });

  it('include the process figures', async () => {
    const text = await (await scrape(server.url)).text();
    for (const name of ['qs_process_cpu_seconds_total', 'qs_process_resident_memory_bytes', 'qs_nodejs_eventloop_lag_seconds', 'qs_nodejs_heap_size_used_bytes']) {
      expect(text).toMatch(new RegExp(`^${name} `, 'm'));
    }
  });

  it('show the database connections: on PostgreSQL a pool of 10, on SQLite its one connection', async () => {
    const text = await (await scrape(server.url)).text();
    const max = t.ctx.dialect === 'postgres' ? 10 : 1;
    expect(text).toContain(`qs_db_pool_connections{state="max"} ${max}`);
    const open = Number(/^qs_db_pool_connections\{state="open"\} (\d+)$/m.exec(text)?.[1]);
    // The requests above needed at least one connection; none is held between requests.
    expect(open).toBeGreaterThanOrEqual(1);
    expect(open).toBeLessThanOrEqual(max);
    expect(text).toContain(`qs_db_pool_connections{state="idle"} ${open}`);
    expect(text).toContain('qs_db_pool_connections{state="waiting"} 0');
  });

  it('never carry ids, e-mail addresses, client addresses or query strings', async () => {
    const text = await (await scrape(server.url)).text();
    const values = labelValues(text);
    expect(values.length).toBeGreaterThan(20);
    for (const value of values) {
      expect(value).not.toMatch(UUID);
      expect(value).not.toMatch(/@|\?|203\.0\.113|ERF-/);
    }
    expect(text).not.toContain(item.id as string);
    expect(text).not.toContain('resident@example.org');
  });

  it('answer other paths and methods in the API error shape', async () => {
    const other = await fetch(server.url.replace('/metrics', '/'));
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    const post = await fetch(server.url, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('on their own port with METRICS_TOKEN', () => {
  let t: TestApp;
  let server: MetricsServer;
  beforeAll(async () => {
    t = await startTestApp({ metricsPort: 0, metricsToken: TOKEN });
    server = await startMetricsServer(t.ctx.metrics.registry, { host: '127.0.0.1', port: 0, token: TOKEN });
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('require the token as a bearer', async () => {
    const none = await scrape(server.url);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect((await scrape(server.url, `${TOKEN}x`)).status).toBe(401);
    expect((await scrape(server.url, TOKEN)).status).toBe(200);
  });

  it('are not on the app port as well', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.statusCode).toBe(404);
  });
});

describe('on the app port with METRICS_TOKEN only', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ metricsPort: undefined, metricsToken: TOKEN });
  });
  afterAll(async () => {
    await t.close();
  });

  it('are served at /api/v1/metrics with the token and refused without it', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/metrics' });
    expect(none.statusCode).toBe(401);
    expect(json(none)).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    const wrong = await t.app.inject({ method: 'GET', url: '/api/v1/metrics', headers: { authorization: 'Bearer not-the-token-at-all' } });
    expect(wrong.statusCode).toBe(401);
    const ok = await t.app.inject({ method: 'GET', url: '/api/v1/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(ok.body).toContain('qs_http_requests_total{method="GET",route="/api/v1/metrics",status="401"} 2');
  });

  it('are in the OpenAPI document with the bearer scheme', async () => {
    const doc = json<{ paths: Record<string, Record<string, { security?: unknown; responses: Record<string, unknown> }>> }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }),
    );
    const operation = doc.paths['/api/v1/metrics']?.get;
    expect(operation?.security).toEqual([{ metricsToken: [] }]);
    expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['200', '401']));
  });
});

describe('without METRICS_PORT and METRICS_TOKEN', () => {
  it('are off: no route, and no request is observed', async () => {
    const t = await startTestApp({ metricsPort: undefined, metricsToken: undefined });
    try {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/metrics' });
      expect(response.statusCode).toBe(404);
      expect(await t.ctx.metrics.registry.metrics()).not.toContain('qs_http_requests_total{');
    } finally {
      await t.close();
    }
  });
});
