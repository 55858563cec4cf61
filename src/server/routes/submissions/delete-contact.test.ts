import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, interest, proposal, QUARTER_A } from '../../test/factories';
import { json, login, postBatch, startTestApp, type LoggedIn, type TestApp } from '../../test/support';

let t: TestApp;
let manager: LoggedIn;
// Several scrypt logins and, in the postgres project, a fresh database: slow on a busy machine.
beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'a@example.org', password: 'pw-for-a', role: 'manager', quarterIds: [QUARTER_A] });
  manager = await login(t.app, 'a@example.org', 'pw-for-a');
}, 60_000);
afterAll(async () => {
  await t.close();
});

const remove = (id: string) => t.app.inject({ method: 'DELETE', url: `/api/v1/submissions/${id}/contact` });

describe('DELETE /api/v1/submissions/:id/contact', () => {
  it('deletes the contact data, keeps the item, and records that it happened without the data', async () => {
    const item = proposal({ quarterId: QUARTER_A, contact: { name: 'Ada Lovelace', email: 'ada@example.org' } });
    const { results } = await postBatch(t.app, [item]);
    const id = item.id as string;
    const response = await remove(id);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');

    const detail = json(await t.app.inject({ method: 'GET', url: `/api/v1/manage/submissions/${id}`, headers: { cookie: manager.cookie } }));
    expect(detail).toMatchObject({ contact: null, history: [{ status: 'received' }, { note: expect.stringMatching(/deleted/) }] });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('target', '=', `submission:${id}`).execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'contact_deleted', user_id: null })]);
    const everything = JSON.stringify({ detail, audit, history: await t.ctx.db.selectFrom('submission_history').selectAll().execute() });
    expect(everything).not.toContain('ada@example.org');
    expect(everything).not.toContain('Lovelace');

    // The resident's own view does not grow a row for it, and a resend is still recognised.
    const view = json<{ history: unknown[] }>(await t.app.inject({ method: 'GET', url: `/api/v1/submissions/${id}` }));
    expect(view.history).toHaveLength(1);
    const resend = await postBatch(t.app, [item]);
    expect(resend.results[0]).toMatchObject({ status: 'duplicate', receipt: results[0]?.receipt });
  });

  it('answers a second request with 204 again and records nothing more', async () => {
    const item = interest({ opportunityId: t.ctx.catalog.opportunities[0]?.id });
    await postBatch(t.app, [item]);
    const id = item.id as string;
    expect((await remove(id)).statusCode).toBe(204);
    expect((await remove(id)).statusCode).toBe(204);
    const row = await t.ctx.db.selectFrom('submissions').select('contact').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.contact).toBeNull();
    expect(await t.ctx.db.selectFrom('audit_log').select('id').where('target', '=', `submission:${id}`).execute()).toHaveLength(1);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    for (const id of [randomUUID(), 'nope']) {
      const response = await remove(id);
      expect(response.statusCode).toBe(404);
      expect(json(response)).toMatchObject({ error: { code: 'not_found' } });
    }
  });
});
