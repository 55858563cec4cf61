import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, interest, QUARTER_A } from '../../test/factories';
import { json, login, postBatch, startTestApp, writeHeaders, type LoggedIn, type TestApp } from '../../test/support';

// beispiel-sprachcafe belongs to Löbervorstadt through its centre.
const LOEBERVORSTADT = 'erfurt-2-loebervorstadt';
const OPPORTUNITY = 'beispiel-sprachcafe';

let t: TestApp;
let local: LoggedIn;
let elsewhere: LoggedIn;
const volunteer = interest({ opportunityId: OPPORTUNITY, name: 'Kim', contact: { email: 'kim@example.org', phone: '0361 123' }, message: 'Dienstags kann ich' });
const otherOpportunity = interest({ opportunityId: 'beispiel-lesepaten' });

beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'local@example.org', password: 'pw-for-the-local', role: 'manager', quarterIds: [LOEBERVORSTADT] });
  await createUser(t.ctx.db, { email: 'else@example.org', password: 'pw-for-elsewhere', role: 'manager', quarterIds: [QUARTER_A] });
  await postBatch(t.app, [volunteer, otherOpportunity]);
  local = await login(t.app, 'local@example.org', 'pw-for-the-local');
  elsewhere = await login(t.app, 'else@example.org', 'pw-for-elsewhere');
}, 60_000);
afterAll(async () => {
  await t.close();
});

const interests = (session: LoggedIn, id = OPPORTUNITY) =>
  t.app.inject({ method: 'GET', url: `/api/v1/manage/opportunities/${id}/interests`, headers: { cookie: session.cookie } });

describe('GET /api/v1/manage/opportunities/:id/interests', () => {
  it('shows the quarter’s managers each volunteer with contact and the contacted mark', async () => {
    const response = await interests(local);
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({
      opportunityId: OPPORTUNITY,
      interests: [
        expect.objectContaining({
          id: volunteer.id,
          name: 'Kim',
          contact: { email: 'kim@example.org', phone: '0361 123' },
          message: 'Dienstags kann ich',
          contacted: false,
        }),
      ],
    });
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/manage/submissions/${volunteer.id as string}`,
      headers: writeHeaders(local),
      payload: { contacted: true },
    });
    expect(patch.statusCode).toBe(200);
    // The item's own answer says so too (the manager detail's "contacted" box reads it).
    expect(json(patch)).toMatchObject({ id: volunteer.id, kind: 'interest', contacted: true });
    expect(json<{ interests: Array<{ contacted: boolean }> }>(await interests(local)).interests[0]?.contacted).toBe(true);
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/manage/submissions/${volunteer.id as string}`, headers: { cookie: local.cookie } });
    expect(json(detail)).toMatchObject({ contacted: true });
  });

  it('answers 404 to managers of other quarters and for unknown opportunities', async () => {
    const hidden = await interests(elsewhere);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('kim@example.org');
    expect((await interests(local, 'gibt-es-nicht')).statusCode).toBe(404);
    expect((await interests(local, 'beispiel-lesepaten')).statusCode).toBe(404);
  });
});
