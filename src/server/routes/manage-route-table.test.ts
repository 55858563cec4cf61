import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, feedback, QUARTER_A, QUARTER_B } from '../test/factories';
import { login, postBatch, startTestApp, writeHeaders, type LoggedIn, type TestApp } from '../test/support';

// Generated from the route table: every route registered under /api/v1/manage — including ones added
// after this test was written — must answer 401 without a session, 403 without the CSRF token on a
// write, and 404 to a manager of another quarter for anything with an id. A new route with a
// parameter this file does not know fails here until someone says which id from quarter B to use.

interface Route {
  method: string;
  url: string;
}

const routes: Route[] = [];
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOGIN = 'POST /api/v1/manage/session';
/** The opportunity and centre used as "quarter B" content: Löbervorstadt, not managed by manager A. */
const OPPORTUNITY_B = 'beispiel-sprachcafe';
const CENTRE_B = 'beispiel-nachbarschaftstreff';

let t: TestApp;
let managerA: LoggedIn;
const ids: Record<string, string> = {};

/** A body valid enough that only the scope can refuse the request. */
const SAMPLE_BODIES: Record<string, unknown> = {
  'PATCH /api/v1/manage/submissions/:id': { status: 'in_review' },
};

beforeAll(async () => {
  t = await startTestApp({}, {
    onRoute: (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods as HTTPMethods[]) {
        // HEAD twins of GET routes are made by Fastify and answer like their GET.
        if (method !== 'HEAD' && route.url.startsWith('/api/v1/manage')) routes.push({ method, url: route.url });
      }
    },
  });
  await createUser(t.ctx.db, { email: 'a@example.org', password: 'pw-for-manager-a', role: 'manager', quarterIds: [QUARTER_A] });
  const userB = await createUser(t.ctx.db, { email: 'b@example.org', password: 'pw-for-manager-b', role: 'manager', quarterIds: [QUARTER_B] });
  const itemB = feedback({ quarterId: QUARTER_B });
  await postBatch(t.app, [itemB]);
  ids.submissions = itemB.id as string;
  ids.opportunities = OPPORTUNITY_B;
  ids.centres = CENTRE_B;
  ids.users = userB;
  managerA = await login(t.app, 'a@example.org', 'pw-for-manager-a');
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** The url with its parameters filled from quarter B; undefined when this file does not know the parameter. */
function concrete(url: string): string | undefined {
  let unknown = false;
  const filled = url.replace(/\/([a-z-]+)\/:(\w+)/g, (_match, resource: string) => {
    const id = ids[resource];
    if (id === undefined) unknown = true;
    return `/${resource}/${id ?? 'unknown'}`;
  });
  return unknown ? undefined : filled;
}

const key = (route: Route) => `${route.method} ${route.url}`;
const inject = (route: Route, headers: Record<string, string>) =>
  t.app.inject({
    method: route.method as HTTPMethods,
    url: concrete(route.url) ?? route.url,
    headers,
    ...(WRITES.has(route.method) ? { payload: (SAMPLE_BODIES[key(route)] ?? {}) as object } : {}),
  });

describe('the manage route table', () => {
  it('is collected, and holds the routes this file knows about', () => {
    const keys = routes.map(key);
    for (const known of [
      'GET /api/v1/manage/submissions',
      'GET /api/v1/manage/submissions/:id',
      'POST /api/v1/manage/submissions/bulk',
      'POST /api/v1/manage/users',
      'DELETE /api/v1/manage/sessions',
      'GET /api/v1/manage/export.csv',
      'GET /api/v1/manage/figures',
    ]) {
      expect(keys).toContain(known);
    }
  });

  it('knows a quarter-B id for every route parameter', () => {
    expect(routes.filter((r) => r.url.includes(':') && concrete(r.url) === undefined).map(key)).toEqual([]);
  });

  it('answers 401 without a session on every route but the login', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => key(r) !== LOGIN)) {
      const response = await inject(route, {});
      if (response.statusCode !== 401) wrong.push(`${key(route)} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 on every write without the CSRF token', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => WRITES.has(r.method) && key(r) !== LOGIN)) {
      const response = await inject(route, { cookie: managerA.cookie });
      if (response.statusCode !== 403 || !response.body.includes('"csrf"')) wrong.push(`${key(route)} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 404 to a manager of quarter A for every item of quarter B (403 on admin-only routes)', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.url.includes(':'))) {
      const expected = route.url.startsWith('/api/v1/manage/users') ? 403 : 404;
      const response = await inject(route, writeHeaders(managerA));
      if (response.statusCode !== expected) wrong.push(`${key(route)} → ${response.statusCode} (expected ${expected})`);
    }
    expect(wrong).toEqual([]);
  });
});
