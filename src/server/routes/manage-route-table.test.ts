import type { HTTPMethods, RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, feedback, QUARTER_A, QUARTER_B } from '../test/factories';
import { json, login, postBatch, startTestApp, writeHeaders, type LoggedIn, type TestApp } from '../test/support';

// Every route registered under /api/v1/manage (seen through `onRoute`, so also ones added after this
// test was written) is walked with: no session (401), a wrong CSRF token on a write (403), a manager
// of another quarter (404 for an item of that quarter, 403 for admin-only routes) and an admin (2xx).
// The table says what each route is expected to need; a route missing from it fails the first test
// until someone states its access here, and its declared `config.access` must agree.

type Need = 'public' | 'signed-in' | 'admin' | 'quarter';
interface Row {
  need: Need;
  /** A body good enough that an admin's request succeeds; made per call (ids must be new). */
  body?: () => object;
}

interface Route {
  method: string;
  url: string;
  need: Need | undefined;
}

const ADMIN = { email: 'admin@example.org', password: 'pw-for-the-admin' };
/** The opportunity and centre used as "quarter B" content: Löbervorstadt, not managed by manager A. */
const OPPORTUNITY_B = 'beispiel-sprachcafe';
const CENTRE_B = 'beispiel-nachbarschaftstreff';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let t: TestApp;
let managerA: LoggedIn;
const routes: Route[] = [];
const ids: Record<string, string> = { opportunities: OPPORTUNITY_B, centres: CENTRE_B };
/** Saved entries of quarter B, read back through the API, to replace and to copy under a new id. */
const entries: Record<'centres' | 'opportunities', Record<string, unknown>> = { centres: {}, opportunities: {} };
let serial = 0;
const fresh = (prefix: string) => `${prefix}-${++serial}`;

const directoryRows = (kind: 'centres' | 'opportunities'): Record<string, Row> => ({
  [`GET /api/v1/manage/${kind}`]: { need: 'signed-in' },
  [`POST /api/v1/manage/${kind}`]: { need: 'signed-in', body: () => ({ ...entries[kind], id: fresh(`table-${kind}`) }) },
  [`GET /api/v1/manage/${kind}/:id`]: { need: 'quarter' },
  [`PUT /api/v1/manage/${kind}/:id`]: { need: 'quarter', body: () => entries[kind] },
  [`POST /api/v1/manage/${kind}/:id/publish`]: { need: 'quarter' },
  [`POST /api/v1/manage/${kind}/:id/unpublish`]: { need: 'quarter' },
});

const TABLE: Record<string, Row> = {
  'POST /api/v1/manage/session': { need: 'public', body: () => ADMIN },
  'GET /api/v1/manage/session': { need: 'signed-in' },
  'DELETE /api/v1/manage/session': { need: 'signed-in' },
  'DELETE /api/v1/manage/sessions': { need: 'signed-in' },
  'GET /api/v1/manage/submissions': { need: 'signed-in' },
  'POST /api/v1/manage/submissions/bulk': { need: 'signed-in', body: () => ({ ids: [ids.submissions], status: 'in_review' }) },
  'GET /api/v1/manage/submissions/:id': { need: 'quarter' },
  'PATCH /api/v1/manage/submissions/:id': { need: 'quarter', body: () => ({ status: 'in_progress' }) },
  'POST /api/v1/manage/submissions/:id/unread': { need: 'quarter' },
  'GET /api/v1/manage/export.csv': { need: 'signed-in' },
  'GET /api/v1/manage/export.geojson': { need: 'signed-in' },
  'GET /api/v1/manage/figures': { need: 'signed-in' },
  'GET /api/v1/manage/users': { need: 'admin' },
  'POST /api/v1/manage/users': { need: 'admin', body: () => ({ email: `${fresh('user')}@example.org`, password: 'long enough password', role: 'manager' }) },
  'PATCH /api/v1/manage/users/:id': { need: 'admin', body: () => ({ quarterIds: [QUARTER_B] }) },
  ...directoryRows('centres'),
  ...directoryRows('opportunities'),
  'GET /api/v1/manage/interests': { need: 'signed-in' },
  'GET /api/v1/manage/opportunities/:id/interests': { need: 'quarter' },
};

function needOf(route: RouteOptions): Need | undefined {
  const access = route.config?.access;
  return typeof access === 'object' ? 'quarter' : access;
}

beforeAll(async () => {
  t = await startTestApp({}, {
    onRoute: (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods as HTTPMethods[]) {
        // HEAD twins of GET routes are made by Fastify and answer like their GET.
        if (method !== 'HEAD' && route.url.startsWith('/api/v1/manage')) routes.push({ method, url: route.url, need: needOf(route) });
      }
    },
  });
  await createUser(t.ctx.db, { ...ADMIN, role: 'admin' });
  await createUser(t.ctx.db, { email: 'a@example.org', password: 'pw-for-manager-a', role: 'manager', quarterIds: [QUARTER_A] });
  ids.users = await createUser(t.ctx.db, { email: 'b@example.org', password: 'pw-for-manager-b', role: 'manager', quarterIds: [QUARTER_B] });
  const itemB = feedback({ quarterId: QUARTER_B });
  await postBatch(t.app, [itemB]);
  ids.submissions = itemB.id as string;
  managerA = await login(t.app, 'a@example.org', 'pw-for-manager-a');
  const admin = await login(t.app, ADMIN.email, ADMIN.password);
  for (const kind of ['centres', 'opportunities'] as const) {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/manage/${kind}/${ids[kind]}`, headers: { cookie: admin.cookie } });
    entries[kind] = json<{ entry: Record<string, unknown> }>(response).entry;
  }
}, 60_000);
afterAll(async () => {
  await t.close();
});

const key = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
const rowOf = (route: Route): Row => TABLE[key(route)] ?? { need: 'signed-in' };

/** The url with its `:id` filled with quarter B's item of that resource. */
function concrete(url: string): string {
  return url.replace(/\/([a-z-]+)\/:id/, (_match, resource: string) => `/${resource}/${ids[resource] ?? 'unknown'}`);
}

const inject = (route: Route, headers: Record<string, string>) => {
  const body = rowOf(route).body?.();
  return t.app.inject({
    method: route.method as HTTPMethods,
    url: concrete(route.url),
    headers,
    ...(WRITES.has(route.method) ? { payload: body ?? {} } : {}),
  });
};

const guarded = () => routes.filter((r) => rowOf(r).need !== 'public');

describe('the manage route table', () => {
  it('holds every manage route, and only those', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes.map(key).filter((k) => !(k in TABLE))).toEqual([]);
    expect(Object.keys(TABLE).filter((k) => !routes.some((r) => key(r) === k))).toEqual([]);
  });

  it('agrees with what each route declares in config.access', () => {
    expect(routes.filter((r) => r.need !== rowOf(r).need).map((r) => `${key(r)} declares ${r.need}`)).toEqual([]);
  });

  it('answers 401 without a session on every route but the login', async () => {
    const wrong: string[] = [];
    for (const route of guarded()) {
      const response = await inject(route, {});
      if (response.statusCode !== 401 || json(response).error === undefined) wrong.push(`${key(route)} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 csrf on every write with a wrong CSRF token', async () => {
    const wrong: string[] = [];
    for (const route of guarded().filter((r) => WRITES.has(r.method))) {
      const response = await inject(route, { cookie: managerA.cookie, 'x-csrf-token': `${managerA.csrfToken.slice(0, -2)}xx` });
      if (response.statusCode !== 403 || !response.body.includes('"csrf"')) wrong.push(`${key(route)} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers a manager of another quarter 404 for its items and 403 on admin-only routes', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => rowOf(r).need === 'quarter' || rowOf(r).need === 'admin')) {
      const expected = rowOf(route).need === 'admin' ? 403 : 404;
      const response = await inject(route, writeHeaders(managerA));
      if (response.statusCode !== expected) wrong.push(`${key(route)} → ${response.statusCode} (expected ${expected})`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets an admin through everywhere', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      // A fresh session for each route: the logout routes end the one they are called with.
      const admin = await login(t.app, ADMIN.email, ADMIN.password);
      const response = await inject(route, writeHeaders(admin));
      if (response.statusCode < 200 || response.statusCode >= 300) wrong.push(`${key(route)} → ${response.statusCode} ${response.body.slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});
