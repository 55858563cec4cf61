import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterCollectionSchema } from '../../../shared/catalog';
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
