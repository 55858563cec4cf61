import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy } from '../../test/tcp-proxy';
import { json, startTestApp, type TestApp } from '../../test/support';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/health', () => {
  it('reports the configured database kind and the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string };
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ status: 'ok', db: process.env.QS_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite', version });
  });

  it('sends security headers with a CSP the Ionic build can live with', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob: https:");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(json(response)).toEqual({ error: { code: 'not_found', message: 'Not found' } });
  });
});

const notReady = { error: { code: 'not_ready', message: 'The database does not answer' } };

describe('GET /api/v1/ready', () => {
  it('answers 200 when the database answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(json(response)).toEqual({ status: 'ready', db: t.ctx.dialect });
  });

  it('answers 503 not_ready once the database is closed, while health stays 200 (liveness asks no database)', async () => {
    const closed = await startTestApp();
    try {
      await closed.ctx.db.destroy();
      const ready = await closed.app.inject({ method: 'GET', url: '/api/v1/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['retry-after']).toBe('5');
      expect(json(ready)).toEqual(notReady);
      expect((await closed.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    } finally {
      await closed.close();
    }
  });

  // The connection to PostgreSQL runs through a proxy the test can cut, as a network or a database
  // restart would: the app keeps running, readiness follows the database both ways.
  it.runIf(process.env.QS_TEST_BACKEND === 'postgres')('(PostgreSQL only) answers 503 while the database is unreachable and 200 again after', async () => {
    const base = await startTestApp();
    const url = new URL(base.ctx.config.databaseUrl ?? '');
    const proxy = await startTcpProxy(Number(url.port));
    url.port = String(proxy.port);
    // A second app on the first one's (migrated) database, reached through the proxy.
    const proxied = await startTestApp({ databaseUrl: url.toString(), readyTimeoutMs: 300 });
    const app = proxied.app;
    try {
      expect((await app.inject({ method: 'GET', url: '/api/v1/ready' })).statusCode).toBe(200);

      await proxy.refuse();
      const refused = await app.inject({ method: 'GET', url: '/api/v1/ready' });
      expect(refused.statusCode).toBe(503);
      expect(json(refused)).toEqual(notReady);

      // Connections are taken but never answered (a dead host behind a firewall): the timeout answers.
      await proxy.stall();
      const stalled = await app.inject({ method: 'GET', url: '/api/v1/ready' });
      expect(stalled.statusCode).toBe(503);
      expect(json(stalled)).toEqual(notReady);
      expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);

      await proxy.forward();
      expect((await app.inject({ method: 'GET', url: '/api/v1/ready' })).statusCode).toBe(200);
    } finally {
      await proxied.close();
      await proxy.close();
      await base.close();
    }
  });
});

describe('the OpenAPI document', () => {
  it('describes liveness and readiness, with the 503 of readiness in the error shape', async () => {
    type Doc = { paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }> };
    const doc = json<Doc>(await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }));
    expect(Object.keys(doc.paths['/api/v1/health']?.get?.responses ?? {})).toContain('200');
    const ready = doc.paths['/api/v1/ready']?.get?.responses ?? {};
    expect(Object.keys(ready)).toEqual(expect.arrayContaining(['200', '503']));
    expect(JSON.stringify(ready['503']?.content)).toContain('#/components/schemas/Error');
  });
});

describe('unexpected errors', () => {
  it('answer 500 with a generic JSON message and no stack', async () => {
    const broken = await startTestApp();
    try {
      await broken.ctx.db.destroy();
      const response = await broken.app.inject({ method: 'GET', url: `/api/v1/submissions/${randomUUID()}` });
      expect(response.statusCode).toBe(500);
      expect(json(response)).toEqual({ error: { code: 'internal', message: 'Something went wrong on the server' } });
      expect(response.body).not.toMatch(/at .*\.ts/);
    } finally {
      await broken.close();
    }
  });
});
