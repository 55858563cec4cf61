import type { FastifySchema } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestApp, type TestApp } from '../../test/support';

// The document is generated from the routes' own schemas (@fastify/swagger over the zod schemas).
// These tests hold it to what the routes really take and answer: every registered route is in it,
// each with its request schemas and its answers, error answers included.

interface Registered {
  key: string;
  method: string;
  url: string;
  schema: FastifySchema | undefined;
  access: unknown;
}

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: Array<{ in: string; name: string; schema?: unknown }>;
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Record<string, unknown> }> }>;
  security?: Array<Record<string, unknown>>;
}

interface Doc {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

/** Writes that take no body: the path says everything. */
const BODYLESS = new Set([
  'delete /api/v1/submissions/{id}/contact',
  'delete /api/v1/manage/session',
  'delete /api/v1/manage/sessions',
  'post /api/v1/manage/submissions/{id}/unread',
  'post /api/v1/manage/centres/{id}/publish',
  'post /api/v1/manage/centres/{id}/unpublish',
  'post /api/v1/manage/opportunities/{id}/publish',
  'post /api/v1/manage/opportunities/{id}/unpublish',
]);
const ERROR_REF = '#/components/schemas/Error';
/** Open311 routes answer the specification's error list, and every answer in XML too. */
const OPEN311_ERROR_REF = '#/components/schemas/Open311Errors';
const isOpen311 = (url: string) => url.startsWith('/open311/');

let t: TestApp;
let doc: Doc;
let etag: string;
const registered: Registered[] = [];

beforeAll(async () => {
  t = await startTestApp({}, {
    onRoute: (route) => {
      for (const method of [route.method].flat()) {
        if (method === 'HEAD' || !(route.url.startsWith('/api/') || isOpen311(route.url))) continue;
        const url = route.url.replace(/:(\w+)/g, '{$1}');
        registered.push({ key: `${method.toLowerCase()} ${url}`, method, url, schema: route.schema, access: route.config?.access });
      }
    },
  });
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('application/json');
  etag = String(response.headers.etag);
  doc = json<Doc>(response);
});
afterAll(async () => {
  await t.close();
});

const operation = (route: Registered): Operation | undefined => doc.paths[route.url]?.[route.method.toLowerCase()];
const refOf = (response: Operation['responses'][string] | undefined) => response?.content?.['application/json']?.schema?.$ref;

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document, served with an ETag', async () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe(t.ctx.version);
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });

  it('holds every registered route, and nothing else', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(registered.length).toBeGreaterThan(30);
    expect(registered.map((r) => r.key).filter((key) => !documented.includes(key))).toEqual([]);
    expect(documented.filter((key) => !registered.some((r) => r.key === key))).toEqual([]);
  });

  it('gives every operation a summary and its request schemas: path parameters, query, body', () => {
    const missing: string[] = [];
    for (const route of registered) {
      const op = operation(route);
      if (!op?.summary) missing.push(`${route.key}: summary`);
      for (const name of [...route.url.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
        const param = op?.parameters?.find((p) => p.in === 'path' && p.name === name);
        // A declared schema says more than "a string": a format, a pattern or a length.
        if (!param || JSON.stringify(param.schema) === '{"type":"string"}' || !route.schema?.params) missing.push(`${route.key}: path ${name}`);
      }
      if (route.schema?.querystring && !op?.parameters?.some((p) => p.in === 'query')) missing.push(`${route.key}: query`);
      const takesBody = ['post', 'put', 'patch', 'delete'].includes(route.method.toLowerCase()) && !BODYLESS.has(route.key);
      const body = op?.requestBody?.content;
      if (takesBody && (!route.schema?.body || !body || Object.values(body).some((c) => c.schema === undefined))) missing.push(`${route.key}: body`);
      if (!takesBody && op?.requestBody) missing.push(`${route.key}: a body it does not take`);
    }
    expect(missing).toEqual([]);
  });

  it('gives every operation its answers: success with its schema, and the errors it can answer', () => {
    const missing: string[] = [];
    for (const route of registered) {
      const responses = operation(route)?.responses ?? {};
      const codes = Object.keys(responses).map(Number);
      const success = codes.filter((code) => code >= 200 && code < 300);
      if (success.length === 0) missing.push(`${route.key}: no success answer`);
      for (const code of success.filter((c) => c !== 204)) {
        const content = responses[code]?.content ?? {};
        if (Object.keys(content).length === 0 || Object.values(content).some((c) => c.schema === undefined)) missing.push(`${route.key}: ${code} schema`);
      }
      for (const [code, response] of Object.entries(responses)) {
        if (!response.description || response.description === 'Default Response') missing.push(`${route.key}: ${code} description`);
        if (Number(code) >= 400 && refOf(response) !== (isOpen311(route.url) ? OPEN311_ERROR_REF : ERROR_REF)) missing.push(`${route.key}: ${code} is not the error shape`);
        if (isOpen311(route.url) && response.content?.['text/xml']?.schema === undefined) missing.push(`${route.key}: ${code} has no XML alternative`);
      }
      if (!codes.includes(500)) missing.push(`${route.key}: 500`);
      if ((route.schema?.body || route.schema?.querystring) && !codes.includes(400)) missing.push(`${route.key}: 400`);
      if (route.schema?.params && !codes.includes(404) && !codes.includes(400)) missing.push(`${route.key}: 404 for an id that names nothing`);
      if (route.access !== undefined && route.access !== 'public') {
        if (!codes.includes(401)) missing.push(`${route.key}: 401`);
        if (route.method !== 'GET' && !codes.includes(403)) missing.push(`${route.key}: 403 csrf`);
        if (route.access === 'admin' && !responses[403]?.description?.includes('admin')) missing.push(`${route.key}: 403 admin`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('marks the manager routes with the session cookie, and writes with the CSRF header too', () => {
    for (const route of registered.filter((r) => r.access !== undefined && r.access !== 'public')) {
      const security = operation(route)?.security ?? [];
      expect(security, route.key).toEqual([route.method === 'GET' ? { session: [] } : { session: [], csrf: [] }]);
    }
  });

  it('names its components from the shared zod schemas, each $ref resolving', () => {
    const body = JSON.stringify(doc);
    const refs = [...body.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(30);
    for (const name of refs) expect(doc.components.schemas).toHaveProperty(name);
    // The limits are the shared ones, straight from the zod schemas.
    expect(JSON.stringify(doc.components.schemas.SubmissionInput)).toContain('"maxLength":4000');
    expect(doc.components.schemas.FeedPage).toMatchObject({ type: 'object', required: expect.arrayContaining(['items', 'nextCursor']) });
    expect(doc.components.schemas.ManagePatchInput).toMatchObject({ properties: { moderation: { enum: ['published', 'hidden'] } } });
    expect(doc.components.schemas.InboxItem).toMatchObject({ additionalProperties: false });
    expect(body).not.toContain('"$schema"');
  });

  it('tags the Open311 routes, with the form-encoded body of POST requests', () => {
    const open311 = registered.filter((r) => isOpen311(r.url));
    expect(open311.map((r) => r.key).sort()).toEqual([
      'get /open311/discovery.{format}',
      'get /open311/v2/requests.{format}',
      'get /open311/v2/requests/{service_request_id}.{format}',
      'get /open311/v2/services.{format}',
      'get /open311/v2/services/{service_code}.{format}',
      'post /open311/v2/requests.{format}',
    ]);
    for (const route of open311) expect(operation(route)?.tags, route.key).toEqual(['Open311']);
    const post = doc.paths['/open311/v2/requests.{format}']?.post;
    expect(Object.keys(post?.requestBody?.content ?? {})).toEqual(['application/x-www-form-urlencoded']);
    expect(Object.keys(post?.responses ?? {}).sort()).toEqual(['200', '400', '403', '404', '413', '415', '429', '500', '503']);
  });
});
