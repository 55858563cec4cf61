import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topicsFileSchema } from '../../../shared/catalog';
import { json, startTestApp, type TestApp } from '../../test/support';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/topics', () => {
  it('sends the topics of the data pack with German and English labels', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/topics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    const topics = topicsFileSchema.parse(json(response));
    expect(topics.map((topic) => topic.label.de)).toContain('Wege, Mobilität & Barrierefreiheit');
    expect(topics.at(-1)).toMatchObject({ id: 'sonstiges', label: { de: 'Sonstiges' } });
  });

  it('revalidates with its own ETag', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/v1/topics' });
    const quarters = await t.app.inject({ method: 'GET', url: '/api/v1/quarters' });
    expect(first.headers.etag).not.toBe(quarters.headers.etag);
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/v1/topics',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/api/v1/topics',
      headers: { 'if-none-match': String(quarters.headers.etag) },
    });
    expect(wrong.statusCode).toBe(200);
  });
});
