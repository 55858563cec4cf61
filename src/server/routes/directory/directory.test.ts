import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centresFileSchema, clientConfigSchema, opportunitiesFileSchema } from '../../../shared/directory';
import { loadSeeds } from '../../catalog/load-seeds';
import { PROJECT_ROOT } from '../../config';
import { json, postBatch, startTestApp, type TestApp } from '../../test/support';
import { DEFAULT_TILE_URL, readTileConfig, tileOrigins } from '../../tile-config';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe.each([
  ['/api/v1/centres', centresFileSchema],
  ['/api/v1/opportunities', opportunitiesFileSchema],
  ['/api/v1/config', clientConfigSchema],
] as const)('GET %s', (url, schema) => {
  it('answers valid JSON with a strong ETag and no-cache', async () => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(schema.safeParse(json(response)).success).toBe(true);
  });

  it('answers If-None-Match with 304 and no body, a stale tag with the document', async () => {
    const first = await t.app.inject({ method: 'GET', url });
    const etag = String(first.headers.etag);
    const again = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const stale = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': '"old"' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.body).toBe(first.body);
  });
});

describe('directory content', () => {
  it('serves every seed entry, real ones unmarked and samples marked', async () => {
    const centres = centresFileSchema.parse(json(await t.app.inject({ method: 'GET', url: '/api/v1/centres' })));
    expect(centres.filter((c) => !c.sample)).toHaveLength(12);
    const rieth = centres.find((c) => c.id === 'stadtteilbuero-rieth');
    expect(rieth?.address).toBeUndefined();
    expect(rieth?.locationPrecision).toBe('quarter');
    const opportunities = opportunitiesFileSchema.parse(json(await t.app.inject({ method: 'GET', url: '/api/v1/opportunities' })));
    expect(opportunities.every((o) => o.sample)).toBe(true);
  });

  it('sends the default OpenStreetMap tiles with attribution and the data credits', async () => {
    const config = clientConfigSchema.parse(json(await t.app.inject({ method: 'GET', url: '/api/v1/config' })));
    expect(config.tileUrl).toBe(DEFAULT_TILE_URL);
    expect(config.tileAttribution).toMatch(/OpenStreetMap/);
    expect(config.dataAttribution[0]?.text).toMatch(/dl-de\/by-2-0/);
  });

  it('lets the tile server fetch through the Content-Security-Policy (service worker caching)', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/config' });
    expect(String(response.headers['content-security-policy'])).toMatch(/connect-src 'self' https:\/\/tile\.openstreetmap\.org/);
  });

  it('accepts interest in a seeded opportunity and files it under its quarter', async () => {
    const item = {
      id: crypto.randomUUID(),
      kind: 'interest',
      createdAt: new Date().toISOString(),
      locale: 'de',
      opportunityId: 'beispiel-sprachcafe',
      name: 'Alex',
      contact: { email: 'alex@example.org' },
    };
    const [result] = (await postBatch(t.app, [item])).results;
    expect(result?.status).toBe('accepted');
    expect(t.ctx.catalog.opportunityQuarter('beispiel-sprachcafe')).toBe('erfurt-2-loebervorstadt');
    const [unknown] = (await postBatch(t.app, [{ ...item, id: crypto.randomUUID(), opportunityId: 'nope' }])).results;
    expect(unknown?.error?.code).toBe('unknown_opportunity');
  });
});

describe('tile configuration', () => {
  it('reads TILE_URL and TILE_ATTRIBUTION and refuses templates without {z}/{x}/{y}', () => {
    expect(readTileConfig({ TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png', TILE_ATTRIBUTION: 'Test' })).toEqual({
      tileUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
      tileAttribution: 'Test',
    });
    expect(() => readTileConfig({ TILE_URL: 'https://example.org/tiles.png' })).toThrow(/\{z\}/);
    expect(() => readTileConfig({ TILE_URL: 'https://example.org/{z}/{x}/{y}.png' })).toThrow(/TILE_ATTRIBUTION/);
    expect(tileOrigins('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toEqual([
      'https://a.tile.example.org',
      'https://b.tile.example.org',
      'https://c.tile.example.org',
    ]);
  });
});

describe('directory seeds at start', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qs-dir-seeds-'));
    await cp(path.join(PROJECT_ROOT, 'seeds', 'erfurt'), path.join(dir, 'erfurt'), { recursive: true });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Loads the pack with one file changed, then puts the file back. */
  async function edit(file: string, change: (data: Array<Record<string, unknown>>) => unknown): Promise<void> {
    const full = path.join(dir, 'erfurt', file);
    const original = await readFile(full, 'utf8');
    await writeFile(full, JSON.stringify(change(JSON.parse(original) as Array<Record<string, unknown>>)));
    try {
      await loadSeeds(dir, 'erfurt');
    } finally {
      await writeFile(full, original);
    }
  }

  it('stops the start with file and field for a broken centre, an unknown quarter or centre', async () => {
    await expect(edit('centres.json', (c) => c.map((x, i) => (i === 2 ? { ...x, kind: 'castle' } : x)))).rejects.toThrow(
      /erfurt\/centres\.json: \[2\]\.kind: Invalid option/,
    );
    await expect(edit('centres.json', (c) => c.map((x, i) => (i === 1 ? { ...x, quarterId: 'atlantis' } : x)))).rejects.toThrow(
      /centres\.json: \[1\]\.quarterId: unknown quarter "atlantis"/,
    );
    await expect(edit('opportunities.json', (o) => o.map((x, i) => (i === 0 ? { ...x, centreId: 'nowhere' } : x)))).rejects.toThrow(
      /opportunities\.json: \[0\]\.centreId: unknown centre "nowhere"/,
    );
    await expect(edit('centres.json', (c) => c.map((x, i) => (i === 0 ? { ...x, source: { urls: [], lastChecked: '2026-01-01' } } : x)))).rejects.toThrow(
      /centres\.json: \[0\]\.source\.urls: A real entry needs at least one source URL/,
    );
  });
});
