import { randomUUID } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, feedback, QUARTER_A } from '../test/factories';
import { login, postBatch, startTestApp, type TestApp } from '../test/support';
import { COMPRESS_THRESHOLD } from './compression';

// API answers are compressed per request above the threshold; the built client is covered in static-app.test.ts.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t.close();
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('API compression', () => {
  it('leaves a small answer as it is', async () => {
    const health = await get('/api/v1/health', { 'accept-encoding': 'br, gzip' });
    expect(health.statusCode).toBe(200);
    expect(health.rawPayload.length).toBeLessThan(COMPRESS_THRESHOLD);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toMatchObject({ status: 'ok' });
  });

  it('sends a large answer brotli or gzip by Accept-Encoding, with Vary, and plain without it', async () => {
    const plain = await get('/api/v1/quarters');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_THRESHOLD);

    const br = await get('/api/v1/quarters', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toContain('application/json');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);

    const gzip = await get('/api/v1/quarters', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);

    for (const encoding of ['identity', 'deflate']) {
      const other = await get('/api/v1/quarters', { 'accept-encoding': encoding });
      expect(other.headers['content-encoding'], encoding).toBeUndefined();
      expect(other.body).toBe(plain.body);
    }
  });

  it('keeps the catalog ETag and its 304 working when compressed', async () => {
    for (const url of ['/api/v1/quarters', '/api/v1/topics', '/api/v1/centres', '/api/v1/opportunities']) {
      const first = await get(url, { 'accept-encoding': 'br' });
      expect(first.statusCode, url).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag, url).toMatch(/^"/);
      expect(first.headers['cache-control'], url).toBe('no-cache');
      const again = await get(url, { 'accept-encoding': 'br', 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length, url).toBe(0);
      expect(again.headers['content-encoding'], url).toBeUndefined();
    }
  });

  it('never recompresses a photo', async () => {
    await createUser(t.ctx.db, { email: 'm@example.org', password: 'pw-for-m', role: 'manager', quarterIds: [QUARTER_A] });
    const manager = await login(t.app, 'm@example.org', 'pw-for-m');
    const noise = { type: 'gaussian', mean: 128, sigma: 40 } as const;
    const photo = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#808080', noise } }).jpeg().toBuffer();
    const id = randomUUID();
    const upload = await t.app.inject({ method: 'PUT', url: `/api/v1/media/${id}`, headers: { 'content-type': 'image/jpeg' }, payload: photo });
    expect(upload.statusCode).toBe(201);
    await postBatch(t.app, [feedback({ quarterId: QUARTER_A, mediaIds: [id] })]);

    const served = await get(`/api/v1/media/${id}`, { cookie: manager.cookie, 'accept-encoding': 'br, gzip' });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.rawPayload.length).toBeGreaterThan(COMPRESS_THRESHOLD);
    expect(served.headers['content-encoding']).toBeUndefined();
    expect((await sharp(served.rawPayload).metadata()).format).toBe('jpeg');
  });
});
