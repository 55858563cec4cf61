import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, feedback, interest, proposal, QUARTER_A, QUARTER_B } from '../../test/factories';
import { json, login, postBatch, startTestApp, type LoggedIn, type TestApp } from '../../test/support';

let t: TestApp;
let managerA: LoggedIn;
let managerB: LoggedIn;
let admin: LoggedIn;
// Several scrypt logins and, in the postgres project, a fresh database: slow on a busy machine.
beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'a@example.org', password: 'pw-for-a', role: 'manager', quarterIds: [QUARTER_A] });
  await createUser(t.ctx.db, { email: 'b@example.org', password: 'pw-for-b', role: 'manager', quarterIds: [QUARTER_B] });
  await createUser(t.ctx.db, { email: 'admin@example.org', password: 'pw-admin', role: 'admin' });
  managerA = await login(t.app, 'a@example.org', 'pw-for-a');
  managerB = await login(t.app, 'b@example.org', 'pw-for-b');
  admin = await login(t.app, 'admin@example.org', 'pw-admin');
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function stored(item: Record<string, unknown>): Promise<string> {
  await postBatch(t.app, [item]);
  return item.id as string;
}

const patch = (id: string, payload: unknown, session: LoggedIn | null = managerA, csrf = true) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/v1/manage/submissions/${id}`,
    headers: session ? { cookie: session.cookie, ...(csrf ? { 'x-csrf-token': session.csrfToken } : {}) } : {},
    payload: payload as Record<string, unknown>,
  });

const submitterView = async (id: string) => json<{ history: Array<Record<string, unknown>>; status: string; publicResponse?: string }>(
  await t.app.inject({ method: 'GET', url: `/api/v1/submissions/${id}` }),
);

describe('PATCH /api/v1/manage/submissions/:id', () => {
  it('needs a session (401), the CSRF token (403) and the item’s quarter (404)', async () => {
    const id = await stored(proposal({ quarterId: QUARTER_A }));
    expect((await patch(id, { status: 'in_review' }, null)).statusCode).toBe(401);
    const noCsrf = await patch(id, { status: 'in_review' }, managerA, false);
    expect(noCsrf.statusCode).toBe(403);
    expect(json(noCsrf)).toMatchObject({ error: { code: 'csrf' } });
    const otherQuarter = await patch(id, { status: 'in_review' }, managerB);
    expect(otherQuarter.statusCode).toBe(404);
    expect(json(otherQuarter)).toMatchObject({ error: { code: 'not_found' } });
    expect((await patch('not-a-uuid', { status: 'in_review' })).statusCode).toBe(404);
    expect((await submitterView(id)).status).toBe('received');
    expect((await patch(id, { status: 'in_review' }, admin)).statusCode).toBe(200);
  });

  it('moves status, answers publicly and publishes, writing history with the actor and one audit row', async () => {
    const id = await stored(proposal({ quarterId: QUARTER_A }));
    const response = await patch(id, { status: 'in_progress', publicResponse: 'Wir prüfen den Standort.', moderation: 'published', note: 'Grünflächenamt fragen' });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({
      id,
      status: 'in_progress',
      moderation: 'published',
      publicResponse: 'Wir prüfen den Standort.',
      history: [
        { status: 'received', moderation: 'pending', actorUserId: null, actorEmail: null },
        { status: 'in_progress', actorUserId: managerA.user.id, actorEmail: managerA.user.email },
        { moderation: 'published', actorUserId: managerA.user.id },
        { publicResponse: 'Wir prüfen den Standort.', actorUserId: managerA.user.id },
        { note: 'Grünflächenamt fragen', actorUserId: managerA.user.id },
      ],
    });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('target', '=', `submission:${id}`).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user_id: managerA.user.id, action: 'submission_updated' });
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toEqual({
      status: { from: 'received', to: 'in_progress' },
      moderation: { from: 'pending', to: 'published' },
      publicResponse: 'set',
      note: 'added',
    });

    // The resident sees status, moderation and answer — never the note or who did it.
    const view = await submitterView(id);
    expect(view.publicResponse).toBe('Wir prüfen den Standort.');
    expect(view.history).toHaveLength(4);
    expect(JSON.stringify(view)).not.toContain('Grünflächenamt');
    expect(JSON.stringify(view)).not.toContain(managerA.user.id);
  });

  it('answers a repeated PATCH without writing anything again', async () => {
    const id = await stored(proposal({ quarterId: QUARTER_A }));
    await patch(id, { status: 'declined', reason: 'Fläche gehört nicht der Stadt' });
    const again = await patch(id, { status: 'declined', reason: 'Fläche gehört nicht der Stadt' });
    expect(again.statusCode).toBe(200);
    expect(json<{ history: unknown[] }>(again).history).toHaveLength(2);
    expect(await t.ctx.db.selectFrom('audit_log').select('id').where('target', '=', `submission:${id}`).execute()).toHaveLength(1);
  });

  it('refuses declining without a reason, and hiding without one', async () => {
    const id = await stored(proposal({ quarterId: QUARTER_A }));
    const declined = await patch(id, { status: 'declined' });
    expect(declined.statusCode).toBe(400);
    expect(json(declined)).toMatchObject({ error: { code: 'validation', path: 'reason' } });
    const hidden = await patch(id, { moderation: 'hidden' });
    expect(hidden.statusCode).toBe(400);
    expect(json(hidden)).toMatchObject({ error: { code: 'validation', path: 'moderationReason' } });
    expect((await patch(id, { reason: 'no status' })).statusCode).toBe(400);
    expect((await patch(id, {})).statusCode).toBe(400);
    expect((await patch(id, { status: 'archived' })).statusCode).toBe(400);
    const view = await submitterView(id);
    expect(view.history).toHaveLength(1);

    const hiddenOk = await patch(id, { moderation: 'hidden', moderationReason: 'Enthält einen Namen' });
    expect(json(hiddenOk)).toMatchObject({ moderation: 'hidden' });
    expect((await submitterView(id)).history.at(-1)).toMatchObject({ moderation: 'hidden', reason: 'Enthält einen Namen' });
  });

  it('moderates only public feedback and proposals', async () => {
    const privateId = await stored(feedback({ quarterId: QUARTER_A }));
    const response = await patch(privateId, { moderation: 'published' });
    expect(response.statusCode).toBe(400);
    expect(json(response)).toMatchObject({ error: { code: 'validation', path: 'moderation' } });
    const publicId = await stored(feedback({ quarterId: QUARTER_A, visibility: 'public' }));
    expect(json(await patch(publicId, { moderation: 'published' }))).toMatchObject({ moderation: 'published' });
  });

  it('lets open items skip and go back, and closed items only reopen to in_review or in_progress', async () => {
    const id = await stored(feedback({ quarterId: QUARTER_A }));
    expect(json(await patch(id, { status: 'done' }))).toMatchObject({ status: 'done' });
    for (const status of ['received', 'declined']) {
      const refused = await patch(id, { status, reason: 'x' });
      expect(refused.statusCode).toBe(400);
      expect(json(refused)).toMatchObject({ error: { code: 'validation', path: 'status', message: expect.stringMatching(/reopen/) } });
    }
    expect(json(await patch(id, { status: 'in_progress' }))).toMatchObject({ status: 'in_progress' });
    expect(json(await patch(id, { status: 'received' }))).toMatchObject({ status: 'received' });
    const audit = await t.ctx.db.selectFrom('audit_log').select('detail').where('target', '=', `submission:${id}`).orderBy('id').execute();
    expect(JSON.parse(audit[1]?.detail ?? '{}')).toMatchObject({ reopened: true, status: { from: 'done', to: 'in_progress' } });
  });

  it('withdraws a public answer with an empty string', async () => {
    const id = await stored(feedback({ quarterId: QUARTER_A }));
    await patch(id, { publicResponse: 'Danke!' });
    const cleared = await patch(id, { publicResponse: '' });
    expect(json(cleared)).toMatchObject({ publicResponse: null });
    const view = await submitterView(id);
    expect(view).not.toHaveProperty('publicResponse');
    expect(view.history.at(-1)).toMatchObject({ publicResponse: '' });
  });

  it('marks volunteer interest as contacted, and nothing else', async () => {
    const [opportunity] = t.ctx.catalog.opportunities;
    if (!opportunity) throw new Error('the data pack lists no opportunity');
    const id = await stored(interest({ opportunityId: opportunity.id }));
    expect((await patch(id, { contacted: true }, admin)).statusCode).toBe(200);
    const row = await t.ctx.db.selectFrom('submissions').select('contacted_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.contacted_at).not.toBeNull();
    const notInterest = await stored(feedback({ quarterId: QUARTER_A }));
    expect(json(await patch(notInterest, { contacted: true }))).toMatchObject({ error: { path: 'contacted' } });
  });
});
