import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../build/precompress';
import { startTestApp, type TestApp } from '../test/support';
import { isSpaRoute } from './static-app';

// The built index.html carries the start screen's script inline (src/build/start-shell.ts).
const INLINE_SCRIPT = 'document.documentElement.dataset.ok="yes"';
const INLINE_SCRIPT_HASH = "'sha256-syDZuNEAwIXUs3nZFkpCwh3kQEL9T/79R83pVv1SxDg='";

const SCRIPT = `export const labels = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => `Quartier ${i}`))};\n`;
const LONG_CACHE = 'public, max-age=31536000, immutable';

let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'qs-dist-'));
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), `<!doctype html><head><script>${INLINE_SCRIPT}</script><title>Quartiersstimme</title></head>`);
  await writeFile(path.join(dist, 'sw.js'), 'self.addEventListener("install", () => {});');
  await writeFile(path.join(dist, 'manifest.webmanifest'), '{}');
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), SCRIPT);
  await writeFile(path.join(dist, 'icon.png'), Buffer.alloc(4096, 7));
  await precompressDir(dist);
  t = await startTestApp({ staticDir: dist });
});
afterAll(async () => {
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

describe('static app', () => {
  it("allows index.html's inline script by its hash in the CSP, and no other inline script", async () => {
    const index = await t.app.inject({ method: 'GET', url: '/' });
    const csp = String(index.headers['content-security-policy']);
    expect(csp).toContain(`script-src 'self' ${INLINE_SCRIPT_HASH};`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('allows the script of a build written while the server runs on its pages, and no longer the old one', async () => {
    const page = await readFile(path.join(dist, 'index.html'), 'utf8');
    try {
      await writeFile(path.join(dist, 'index.html'), page.replace(INLINE_SCRIPT, 'document.documentElement.dataset.ok="no, again"'));
      // A page request looks at the file again (API answers keep the last known hashes; the CSP's script
      // hashes only take effect on pages).
      const csp = String((await t.app.inject({ method: 'GET', url: '/mitmachen' })).headers['content-security-policy']);
      // printf '%s' '<the new script>' | openssl dgst -sha256 -binary | base64
      expect(csp).toContain("script-src 'self' 'sha256-9EmUiT8tpsNqsvIrbeLSizwhWCquHA7W3z3G+dtaCHg=';");
      expect(csp).not.toContain(INLINE_SCRIPT_HASH);
    } finally {
      await writeFile(path.join(dist, 'index.html'), page);
    }
    const csp = String((await t.app.inject({ method: 'GET', url: '/' })).headers['content-security-policy']);
    expect(csp).toContain(INLINE_SCRIPT_HASH);
  });

  it('serves index.html and sw.js with no-cache and hashed assets for a year', async () => {
    const index = await t.app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.headers['cache-control']).toBe('no-cache');
    const worker = await t.app.inject({ method: 'GET', url: '/sw.js' });
    expect(worker.headers['cache-control']).toBe('no-cache');
    const asset = await t.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe(LONG_CACHE);
  });

  it('sends the precompressed copy the client asks for, with Vary, and the plain file to everyone else', async () => {
    const url = '/assets/index-abc123.js';
    const br = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe(LONG_CACHE);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 3);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    // The build's copy itself, not one compressed per request.
    expect(br.rawPayload).toEqual(await readFile(path.join(dist, 'assets', 'index-abc123.js.br')));

    const gzip = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe(LONG_CACHE);
    expect(gzip.rawPayload).toEqual(await readFile(path.join(dist, 'assets', 'index-abc123.js.gz')));

    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'deflate' }]) {
      const plain = await t.app.inject({ method: 'GET', url, headers });
      expect(plain.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      expect(plain.body).toBe(SCRIPT);
    }
  });

  it('compresses the shell, the worker and the manifest and keeps them revalidated', async () => {
    for (const url of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const response = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers.vary, url).toMatch(/accept-encoding/i);
    }
    const manifest = await t.app.inject({ method: 'GET', url: '/manifest.webmanifest', headers: { 'accept-encoding': 'br' } });
    expect(manifest.headers['content-type']).toContain('application/manifest+json');
    const shell = await t.app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'br' } });
    expect(brotliDecompressSync(shell.rawPayload).toString()).toContain('<title>Quartiersstimme</title>');
  });

  it('revalidates a compressed file with its own validator (304)', async () => {
    const headers = { 'accept-encoding': 'br' };
    const first = await t.app.inject({ method: 'GET', url: '/sw.js', headers });
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const plain = await t.app.inject({ method: 'GET', url: '/sw.js' });
    expect(plain.headers.etag).not.toBe(etag);
    const again = await t.app.inject({ method: 'GET', url: '/sw.js', headers: { ...headers, 'if-none-match': String(etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('sends images as they are', async () => {
    const icon = await t.app.inject({ method: 'GET', url: '/icon.png', headers: { 'accept-encoding': 'br, gzip' } });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-encoding']).toBeUndefined();
    expect(icon.rawPayload.length).toBe(4096);
  });

  it('answers client-side routes with the app shell', async () => {
    const route = await t.app.inject({ method: 'GET', url: '/submissions/123?x=1' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>Quartiersstimme</title>');
    expect(route.headers['cache-control']).toBe('no-cache');
    const compressed = await t.app.inject({ method: 'GET', url: '/manage/inbox', headers: { 'accept-encoding': 'gzip, br' } });
    expect(compressed.statusCode).toBe(200);
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['content-type']).toContain('text/html');
    expect(compressed.headers['cache-control']).toBe('no-cache');
    expect(compressed.headers.vary).toMatch(/accept-encoding/i);
    expect(compressed.rawPayload).toEqual(await readFile(path.join(dist, 'index.html.br')));
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
