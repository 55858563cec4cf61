import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test/factories';
import { json, login, startTestApp, type LoggedIn, type TestApp } from '../../test/support';

// Answers are serialised with the schema the route declares: a field the schema does not name never
// leaves the server, even when a row carries it. The stored payload of a directory entry is the case
// where that can happen for real — its presenter hands the saved entry through as it was written, so
// a field written into the table by an older version or by hand came out here before the schemas did.

const CENTRE = 'beispiel-nachbarschaftstreff';

let t: TestApp;
let admin: LoggedIn;

beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'admin@example.org', password: 'pw-for-the-admin', role: 'admin' });
  admin = await login(t.app, 'admin@example.org', 'pw-for-the-admin');
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function rewritePayload(change: (payload: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const row = await t.ctx.db.selectFrom('centres').select('payload').where('id', '=', CENTRE).executeTakeFirstOrThrow();
  const payload = JSON.parse(row.payload) as Record<string, unknown>;
  await t.ctx.db.updateTable('centres').set({ payload: JSON.stringify(change(payload)) }).where('id', '=', CENTRE).execute();
}

const getCentre = () => t.app.inject({ method: 'GET', url: `/api/v1/manage/centres/${CENTRE}`, headers: { cookie: admin.cookie } });

describe('answers carry only what their schema names', () => {
  it('drops a field a stored row carries beyond the schema, from the manager and the public answer', async () => {
    await rewritePayload((payload) => ({ ...payload, internalNote: 'Schlüssel liegt beim Hausmeister', contact: { ...(payload.contact as object), privatePhone: '0361 000' } }));
    const stored = await t.ctx.db.selectFrom('centres').select('payload').where('id', '=', CENTRE).executeTakeFirstOrThrow();
    expect(stored.payload).toContain('internalNote');

    const one = await getCentre();
    expect(one.statusCode).toBe(200);
    expect(json<{ entry: Record<string, unknown> }>(one).entry).toMatchObject({ id: CENTRE, name: expect.any(String) });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/manage/centres', headers: { cookie: admin.cookie } });
    const published = await t.app.inject({ method: 'GET', url: '/api/v1/centres' });
    for (const response of [one, list, published]) {
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain(CENTRE);
      expect(response.body).not.toContain('internalNote');
      expect(response.body).not.toContain('privatePhone');
    }
  });

  it('answers 500 instead of passing on a row its schema refuses', async () => {
    await rewritePayload((payload) => ({ ...payload, name: 42 }));
    const broken = await getCentre();
    expect(broken.statusCode).toBe(500);
    expect(json(broken)).toEqual({ error: { code: 'internal', message: expect.any(String) } });
  });
});
