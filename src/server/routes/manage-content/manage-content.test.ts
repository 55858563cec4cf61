import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centresFileSchema, opportunitiesFileSchema, type Centre } from '../../../shared/directory';
import { createUser, interest } from '../../test/factories';
import { json, login, postBatch, startTestApp, writeHeaders, type LoggedIn, type TestApp } from '../../test/support';

// Content management against the seed-imported tables. Löbervorstadt holds the sample centre
// "beispiel-nachbarschaftstreff" and its opportunity "beispiel-sprachcafe".

const LOEBERVORSTADT = 'erfurt-2-loebervorstadt';
const HERRENBERG = 'erfurt-15-herrenberg';

let t: TestApp;
let admin: LoggedIn;
let local: LoggedIn;

const newCentre = (overrides: Partial<Centre> = {}) => ({
  id: 'neuer-treff',
  name: 'Neuer Treff Löbervorstadt',
  kind: 'meeting_place',
  quarterId: LOEBERVORSTADT,
  location: { lat: 50.96, lng: 11.02 },
  locationPrecision: 'exact',
  description: { de: 'Ein neuer Treffpunkt für alle.', en: 'A new meeting place for everyone.' },
  source: { urls: ['https://example.org/treff'], lastChecked: '2025-05-01' },
  ...overrides,
});

beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'admin@example.org', password: 'pw-for-the-admin', role: 'admin' });
  await createUser(t.ctx.db, { email: 'local@example.org', password: 'pw-for-the-local', role: 'manager', quarterIds: [LOEBERVORSTADT] });
  admin = await login(t.app, 'admin@example.org', 'pw-for-the-admin');
  local = await login(t.app, 'local@example.org', 'pw-for-the-local');
}, 60_000);
afterAll(async () => {
  await t.close();
});

const send = (method: 'POST' | 'PUT', url: string, session: LoggedIn, payload?: object) =>
  t.app.inject({ method, url, headers: writeHeaders(session), ...(payload ? { payload } : {}) });
const publicCentres = async (etag?: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/centres', headers: etag ? { 'if-none-match': etag } : {} });

describe('seed import', () => {
  it('filled the tables once, published, with each opportunity in its centre’s quarter', async () => {
    const centres = await t.ctx.db.selectFrom('centres').select(['id', 'published']).execute();
    expect(centres).toHaveLength(t.ctx.catalog.centres.length);
    expect(centres.every((c) => Number(c.published) === 1)).toBe(true);
    const sprachcafe = await t.ctx.db.selectFrom('opportunities').select('quarter_id').where('id', '=', 'beispiel-sprachcafe').executeTakeFirst();
    expect(sprachcafe?.quarter_id).toBe(LOEBERVORSTADT);
  });
});

describe('centres', () => {
  it('lets a manager list only their quarter’s entries', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/manage/centres', headers: { cookie: local.cookie } });
    const items = json<{ items: Array<{ id: string; quarterId: string }> }>(response).items;
    expect(items.map((i) => i.id)).toEqual(['beispiel-nachbarschaftstreff']);
    const all = await t.app.inject({ method: 'GET', url: '/api/v1/manage/centres', headers: { cookie: admin.cookie } });
    expect(json<{ items: unknown[] }>(all).items).toHaveLength(t.ctx.catalog.centres.length);
  });

  it('creates unpublished, publishes (public list and ETag change), unpublishes', async () => {
    const before = await publicCentres();
    const etag = String(before.headers.etag);
    const created = await send('POST', '/api/v1/manage/centres', local, newCentre());
    expect(created.statusCode).toBe(201);
    expect(json(created)).toMatchObject({ id: 'neuer-treff', published: false, quarterId: LOEBERVORSTADT });
    expect((await publicCentres(etag)).statusCode).toBe(304);

    const published = await send('POST', '/api/v1/manage/centres/neuer-treff/publish', local);
    expect(json(published)).toMatchObject({ published: true });
    const after = await publicCentres(etag);
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    const list = centresFileSchema.parse(json(after));
    expect(list.find((c) => c.id === 'neuer-treff')?.name).toBe('Neuer Treff Löbervorstadt');

    await send('POST', '/api/v1/manage/centres/neuer-treff/unpublish', local);
    const gone = centresFileSchema.parse(json(await publicCentres()));
    expect(gone.map((c) => c.id)).not.toContain('neuer-treff');
    expect((await publicCentres(etag)).statusCode).toBe(304);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('target', '=', 'centre:neuer-treff').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['centre_created', 'centre_published', 'centre_unpublished']);
  });

  it('validates with the seed schema and refuses quarters the manager does not manage', async () => {
    const noEnglish = await send('POST', '/api/v1/manage/centres', local, newCentre({ id: 'x-1', description: { de: 'Nur Deutsch' } as Centre['description'] }));
    expect(json(noEnglish)).toMatchObject({ error: { code: 'validation', path: 'description.en' } });
    const elsewhere = await send('POST', '/api/v1/manage/centres', local, newCentre({ id: 'x-2', quarterId: HERRENBERG }));
    expect(elsewhere.statusCode).toBe(403);
    const unknown = await send('POST', '/api/v1/manage/centres', admin, newCentre({ id: 'x-3', quarterId: 'atlantis' }));
    expect(json(unknown)).toMatchObject({ error: { code: 'unknown_quarter' } });
    expect((await send('POST', '/api/v1/manage/centres', admin, newCentre())).statusCode).toBe(409);
    // Someone else's entry does not exist for this manager.
    expect((await send('PUT', '/api/v1/manage/centres/stz-herrenberg', local, newCentre())).statusCode).toBe(404);
  });

  it('replaces an entry; moving a centre moves its opportunities along', async () => {
    const moved = await send('PUT', '/api/v1/manage/centres/beispiel-nachbarschaftstreff', admin, newCentre({ id: 'ignored', quarterId: HERRENBERG }));
    expect(moved.statusCode).toBe(200);
    expect(json(moved)).toMatchObject({ id: 'beispiel-nachbarschaftstreff', quarterId: HERRENBERG });
    const o = await t.ctx.db.selectFrom('opportunities').select('quarter_id').where('id', '=', 'beispiel-sprachcafe').executeTakeFirst();
    expect(o?.quarter_id).toBe(HERRENBERG);
    // Now outside the local manager's quarter.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/manage/centres/beispiel-nachbarschaftstreff', headers: { cookie: local.cookie } })).statusCode).toBe(404);
  });
});

describe('opportunities', () => {
  it('are created with German and English text, served once published, and take interest', async () => {
    const opportunity = {
      id: 'neue-gartenhilfe',
      title: { de: 'Gartenhilfe', en: 'Garden help' },
      organisation: 'Neuer Treff',
      centreId: 'neuer-treff',
      commitment: { type: 'regular', hoursPerWeek: 2 },
      description: { de: 'Beete gießen.', en: 'Water the beds.' },
      source: { urls: ['https://example.org/garten'], lastChecked: '2025-05-01' },
    };
    const created = await send('POST', '/api/v1/manage/opportunities', local, opportunity);
    expect(created.statusCode).toBe(201);
    expect(json(created)).toMatchObject({ quarterId: LOEBERVORSTADT, published: false });
    const wrongCentre = await send('POST', '/api/v1/manage/opportunities', admin, { ...opportunity, id: 'x', centreId: 'gibt-es-nicht' });
    expect(json(wrongCentre)).toMatchObject({ error: { path: 'centreId' } });

    await send('POST', '/api/v1/manage/opportunities/neue-gartenhilfe/publish', local);
    const list = opportunitiesFileSchema.parse(json(await t.app.inject({ method: 'GET', url: '/api/v1/opportunities' })));
    expect(list.find((o) => o.id === 'neue-gartenhilfe')?.title.en).toBe('Garden help');

    const [result] = (await postBatch(t.app, [interest({ opportunityId: 'neue-gartenhilfe' })])).results;
    expect(result?.status).toBe('accepted');
    const interests = await t.app.inject({ method: 'GET', url: '/api/v1/manage/opportunities/neue-gartenhilfe/interests', headers: { cookie: local.cookie } });
    expect(json<{ interests: unknown[] }>(interests).interests).toHaveLength(1);
  });
});
