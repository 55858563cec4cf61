import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterCollectionSchema, quarterNamesSchema } from '../../../shared/catalog';
import { json, startTestApp, type TestApp } from '../../test/support';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/quarters', () => {
  it('sends the 53 Ortsteile with id and name only, an ETag and no-cache', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/quarters' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers.etag).toMatch(/^"[\w-]+"$/);
    const collection = quarterCollectionSchema.parse(json(response));
    expect(collection.features).toHaveLength(53);
    const kuehnhausen = collection.features.find((f) => f.properties.id === 'erfurt-42-kuehnhausen');
    expect(kuehnhausen?.properties).toEqual({ id: 'erfurt-42-kuehnhausen', name: 'Kühnhausen' });
  });

  it('answers a matching If-None-Match with 304 and an empty body, a stale one with 200', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/v1/quarters' });
    const etag = String(first.headers.etag);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await t.app.inject({ method: 'GET', url: '/api/v1/quarters', headers: { 'if-none-match': header } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
    }
    const stale = await t.app.inject({ method: 'GET', url: '/api/v1/quarters', headers: { 'if-none-match': '"stale"' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.body).toBe(first.body);
  });
});

describe('GET /api/v1/quarter-names', () => {
  it('sends the same 53 quarters without boundaries, sorted by name, with an ETag and no-cache', async () => {
    const [names, full] = await Promise.all([
      t.app.inject({ method: 'GET', url: '/api/v1/quarter-names' }),
      t.app.inject({ method: 'GET', url: '/api/v1/quarters' }),
    ]);
    expect(names.statusCode).toBe(200);
    expect(names.headers['cache-control']).toBe('no-cache');
    expect(names.headers.etag).toMatch(/^"[\w-]+"$/);
    const list = quarterNamesSchema.parse(json(names));
    const fromGeoJson = quarterCollectionSchema.parse(json(full)).features.map((f) => f.properties);
    expect(list).toHaveLength(53);
    expect(new Set(list.map((q) => q.id))).toEqual(new Set(fromGeoJson.map((q) => q.id)));
    expect(list.map((q) => q.name)).toEqual([...list.map((q) => q.name)].sort((a, b) => a.localeCompare(b, 'de')));
    expect(list).toContainEqual({ id: 'erfurt-42-kuehnhausen', name: 'Kühnhausen' });
    expect(names.body).not.toContain('coordinates');
    // A fraction of the GeoJSON: what the start page waits for on a first visit.
    expect(names.body.length * 10).toBeLessThan(full.body.length);

    const again = await t.app.inject({ method: 'GET', url: '/api/v1/quarter-names', headers: { 'if-none-match': String(names.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });
});
