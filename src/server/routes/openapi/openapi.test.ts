import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestApp, type TestApp } from '../../test/support';

let t: TestApp;
/** Every route the server registers, as `METHOD /path/{param}`: the document must describe them all. */
const registered = new Set<string>();
beforeAll(async () => {
  t = await startTestApp({}, {
    onRoute: (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        if (method === 'HEAD' || !route.url.startsWith('/api/')) continue;
        registered.add(`${method.toLowerCase()} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
      }
    },
  });
});
afterAll(async () => {
  await t.close();
});

interface Doc {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document with the public routes and schemas made from zod', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    const doc = json<Doc>(response);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe(t.ctx.version);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/submissions',
        '/api/v1/submissions/{id}',
        '/api/v1/submissions/{id}/contact',
        '/api/v1/receipts/{code}',
        '/api/v1/quarters/{id}/feed',
        '/api/v1/media/{id}',
        '/api/v1/manage/submissions/{id}',
      ]),
    );
    expect(Object.keys(doc.paths['/api/v1/media/{id}'] ?? {}).sort()).toEqual(['get', 'put']);

    // Every $ref points at a component that exists.
    const refs = [...response.body.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(5);
    for (const name of refs) expect(doc.components.schemas).toHaveProperty(name);

    // The limits are the shared ones, straight from the zod schemas.
    const feedback = JSON.stringify(doc.components.schemas.Submission);
    expect(feedback).toContain('"maxLength":4000');
    expect(doc.components.schemas.FeedPage).toMatchObject({ type: 'object', required: expect.arrayContaining(['items', 'nextCursor']) });
    expect(doc.components.schemas.ManagePatch).toMatchObject({ properties: { moderation: { enum: ['published', 'hidden'] } } });
    expect(response.body).not.toContain('"$schema"');
  });

  it('describes every route the server registers, so a new route cannot go undocumented', async () => {
    const doc = json<Doc>(await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }));
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`)));
    expect(registered.size).toBeGreaterThan(30);
    expect([...registered].filter((route) => !documented.has(route)).sort()).toEqual([]);
    expect([...documented].filter((route) => !registered.has(route)).sort()).toEqual([]);
  });
});
