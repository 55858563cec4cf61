import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestApp, type TestApp } from '../../test/support';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/health', () => {
  it('reports the database kind and the package version', async () => {
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

  it('answers unknown API paths and methods with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(json(response)).toEqual({ error: { code: 'not_found', message: 'Not found' } });
  });
});

describe('unexpected errors', () => {
  it('answer 500 with a generic JSON message and no stack', async () => {
    const broken = await startTestApp();
    try {
      await broken.ctx.db.destroy();
      const response = await broken.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(response.statusCode).toBe(500);
      expect(json(response)).toEqual({ error: { code: 'internal', message: 'Something went wrong on the server' } });
      expect(response.body).not.toMatch(/at .*\.ts/);
    } finally {
      await broken.close();
    }
  });
});
