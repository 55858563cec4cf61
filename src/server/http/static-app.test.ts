import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/support';
import { isSpaRoute } from './static-app';

let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'qs-dist-'));
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Quartiersstimme</title>');
  await writeFile(path.join(dist, 'sw.js'), 'self.addEventListener("install", () => {});');
  await writeFile(path.join(dist, 'manifest.webmanifest'), '{}');
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1);');
  t = await startTestApp({ staticDir: dist });
});
afterAll(async () => {
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

describe('static app', () => {
  it('serves index.html and sw.js with no-cache and hashed assets for a year', async () => {
    const index = await t.app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.headers['cache-control']).toBe('no-cache');
    const worker = await t.app.inject({ method: 'GET', url: '/sw.js' });
    expect(worker.headers['cache-control']).toBe('no-cache');
    const asset = await t.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers client-side routes with the app shell', async () => {
    const route = await t.app.inject({ method: 'GET', url: '/submissions/123?x=1' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>Quartiersstimme</title>');
    expect(route.headers['cache-control']).toBe('no-cache');
  });

  it('serves the API only when there is no build', async () => {
    const apiOnly = await startTestApp();
    try {
      const page = await apiOnly.app.inject({ method: 'GET', url: '/manage' });
      expect(page.statusCode).toBe(404);
      expect(page.headers['content-type']).toContain('application/json');
    } finally {
      await apiOnly.close();
    }
  });

  it('keeps JSON 404s for the API and real 404s for missing files', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/unknown' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/json');
    const missing = await t.app.inject({ method: 'GET', url: '/assets/gone-999.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain('<title>');
    const post = await t.app.inject({ method: 'POST', url: '/manage', payload: {} });
    expect(post.statusCode).toBe(404);
  });
});

describe('isSpaRoute', () => {
  it('takes page paths only', () => {
    expect(isSpaRoute('GET', '/manage/inbox')).toBe(true);
    expect(isSpaRoute('HEAD', '/')).toBe(true);
    expect(isSpaRoute('GET', '/api/v1/x')).toBe(false);
    expect(isSpaRoute('GET', '/api')).toBe(false);
    expect(isSpaRoute('GET', '/icons/icon-192.png')).toBe(false);
    expect(isSpaRoute('POST', '/manage')).toBe(false);
  });
});
