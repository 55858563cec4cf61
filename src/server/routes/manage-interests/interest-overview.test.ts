import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interestOverviewSchema, type InterestOverview } from '../../../shared/manage';
import { createUser, interest } from '../../test/factories';
import { json, login, postBatch, startTestApp, writeHeaders, type LoggedIn, type TestApp } from '../../test/support';

// GET /api/v1/manage/interests: every opportunity of the caller's quarters with its count of
// interest — total, new for the caller, open (not contacted, not closed) — most open first.
// Seeds: beispiel-sprachcafe is in Löbervorstadt (through its centre), beispiel-stadtteilfest in
// Herrenberg, beispiel-lesepaten in Krämpfervorstadt.

const LOEBERVORSTADT = 'erfurt-2-loebervorstadt';
const HERRENBERG = 'erfurt-15-herrenberg';
const KRAEMPFERVORSTADT = 'erfurt-8-kraempfervorstadt';

let t: TestApp;
let local: LoggedIn;
let admin: LoggedIn;
const cafe = [1, 2, 3].map((n) => interest({ opportunityId: 'beispiel-sprachcafe', name: `Café ${n}`, contact: { email: `cafe${n}@example.org` } }));
const fest = interest({ opportunityId: 'beispiel-stadtteilfest', name: 'Fest' });
const reading = [1, 2].map((n) => interest({ opportunityId: 'beispiel-lesepaten', name: `Lesen ${n}` }));

const overview = async (session: LoggedIn, query = ''): Promise<InterestOverview> => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/manage/interests${query}`, headers: { cookie: session.cookie } });
  expect(response.statusCode).toBe(200);
  expect(response.headers['cache-control']).toBe('no-store');
  return interestOverviewSchema.parse(json(response));
};
const counts = (answer: InterestOverview) => answer.opportunities.map((o) => [o.opportunityId, o.total, o.unread, o.open]);
const patch = (session: LoggedIn, id: unknown, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/manage/submissions/${String(id)}`, headers: writeHeaders(session), payload });

beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'local@example.org', password: 'pw-for-the-local', role: 'manager', quarterIds: [LOEBERVORSTADT, HERRENBERG] });
  await createUser(t.ctx.db, { email: 'admin@example.org', password: 'pw-for-the-admin', role: 'admin' });
  await postBatch(t.app, [...cafe, fest, ...reading]);
  local = await login(t.app, 'local@example.org', 'pw-for-the-local');
  admin = await login(t.app, 'admin@example.org', 'pw-for-the-admin');
  // The first café volunteer is opened (read) by the local manager, the second contacted, the third declined.
  expect((await t.app.inject({ method: 'GET', url: `/api/v1/manage/submissions/${String(cafe[0]?.id)}`, headers: { cookie: local.cookie } })).statusCode).toBe(200);
  expect((await patch(local, cafe[1]?.id, { contacted: true })).statusCode).toBe(200);
  expect((await patch(local, cafe[2]?.id, { status: 'declined', reason: 'Das Café ist voll.' })).statusCode).toBe(200);
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/manage/interests', () => {
  it('lists the opportunities of the caller’s quarters only, most open first, with the sums', async () => {
    const answer = await overview(local);
    // Open ties at 1; the café has more new interest, so it comes first.
    expect(counts(answer)).toEqual([
      ['beispiel-sprachcafe', 3, 2, 1],
      ['beispiel-stadtteilfest', 1, 1, 1],
    ]);
    expect(answer.totals).toEqual({ total: 4, unread: 3, open: 2 });
    expect(answer.opportunities[0]).toMatchObject({ quarterId: LOEBERVORSTADT, published: true, sample: true, title: { de: expect.any(String), en: expect.any(String) } });
  });

  it('narrows to one quarter, and a quarter outside the caller’s shows nothing', async () => {
    const herrenberg = await overview(local, `?quarterId=${HERRENBERG}`);
    expect(counts(herrenberg)).toEqual([['beispiel-stadtteilfest', 1, 1, 1]]);
    expect(herrenberg.totals).toEqual({ total: 1, unread: 1, open: 1 });
    const foreign = await overview(local, `?quarterId=${KRAEMPFERVORSTADT}`);
    expect(foreign).toEqual({ opportunities: [], totals: { total: 0, unread: 0, open: 0 } });
  });

  it('counts what is new per manager, and shows an admin every opportunity, those without interest too', async () => {
    const answer = await overview(admin);
    const byId = new Map(answer.opportunities.map((o) => [o.opportunityId, o]));
    expect(byId.get('beispiel-sprachcafe')).toMatchObject({ total: 3, unread: 3, open: 1 });
    expect(byId.get('beispiel-lesepaten')).toMatchObject({ total: 2, unread: 2, open: 2 });
    expect(byId.get('beispiel-einkaufshilfe')).toMatchObject({ total: 0, unread: 0, open: 0 });
    expect(answer.opportunities.slice(0, 2).map((o) => o.opportunityId)).toEqual(['beispiel-lesepaten', 'beispiel-sprachcafe']);
    expect(answer.totals).toEqual({ total: 6, unread: 6, open: 4 });
  });

  it('carries no personal data and refuses a malformed quarter', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/manage/interests', headers: { cookie: local.cookie } });
    expect(response.body).not.toContain('@example.org');
    expect(response.body).not.toContain('Café 1');
    const bad = await t.app.inject({ method: 'GET', url: `/api/v1/manage/interests?quarterId=${'x'.repeat(101)}`, headers: { cookie: local.cookie } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad)).toMatchObject({ error: { code: 'validation', path: 'quarterId' } });
  });
});
