import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, QUARTER_A, QUARTER_B } from '../../test/factories';
import { json, login, startTestApp, writeHeaders, type LoggedIn, type TestApp } from '../../test/support';

let t: TestApp;
let admin: LoggedIn;
let manager: LoggedIn;

beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'admin@example.org', password: 'admin password 1', role: 'admin' });
  await createUser(t.ctx.db, { email: 'm@example.org', password: 'manager password', role: 'manager', quarterIds: [QUARTER_A] });
  admin = await login(t.app, 'admin@example.org', 'admin password 1');
  manager = await login(t.app, 'm@example.org', 'manager password');
}, 60_000);
afterAll(async () => {
  await t.close();
});

const addUser = (session: LoggedIn, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/manage/users', headers: writeHeaders(session), payload });
const patchUser = (session: LoggedIn, id: string, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/manage/users/${id}`, headers: writeHeaders(session), payload });

describe('users (admin only)', () => {
  it('adds a manager with quarters (201) and lists users without password hashes', async () => {
    const created = await addUser(admin, { email: 'New@Example.org', password: 'a long password', role: 'manager', quarterIds: [QUARTER_B] });
    expect(created.statusCode).toBe(201);
    expect(json(created)).toMatchObject({ email: 'new@example.org', role: 'manager', quarterIds: [QUARTER_B], disabled: false });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/manage/users', headers: { cookie: admin.cookie } });
    expect(list.statusCode).toBe(200);
    expect(json<{ users: Array<{ email: string }> }>(list).users.map((u) => u.email)).toEqual(['admin@example.org', 'm@example.org', 'new@example.org']);
    expect(list.body).not.toContain('scrypt');
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'user_created').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).not.toContain('a long password');
    expect((await login(t.app, 'new@example.org', 'a long password')).user.quarterIds).toEqual([QUARTER_B]);
  });

  it('refuses managers (403), unknown quarters, short passwords and taken e-mail addresses', async () => {
    const forbidden = await addUser(manager, { email: 'x@example.org', password: 'a long password', role: 'admin' });
    expect(forbidden.statusCode).toBe(403);
    expect(json(forbidden)).toMatchObject({ error: { code: 'forbidden' } });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/manage/users', headers: { cookie: manager.cookie } })).statusCode).toBe(403);
    const unknown = await addUser(admin, { email: 'y@example.org', password: 'a long password', role: 'manager', quarterIds: [QUARTER_A, 'atlantis'] });
    expect(json(unknown)).toMatchObject({ error: { code: 'unknown_quarter', path: 'quarterIds.1' } });
    const short = await addUser(admin, { email: 'y@example.org', password: 'short', role: 'manager' });
    expect(json(short)).toMatchObject({ error: { code: 'validation', path: 'password' } });
    const taken = await addUser(admin, { email: 'M@example.org', password: 'a long password', role: 'manager' });
    expect(taken.statusCode).toBe(409);
  });

  it('changes role, quarters and password; disabling ends sessions and refuses login like a wrong password', async () => {
    const id = json<{ id: string }>(await addUser(admin, { email: 'd@example.org', password: 'first password', role: 'manager' })).id;
    const session = await login(t.app, 'd@example.org', 'first password');
    const changed = await patchUser(admin, id, { quarterIds: [QUARTER_A, QUARTER_B], role: 'admin' });
    expect(json(changed)).toMatchObject({ role: 'admin', quarterIds: [QUARTER_A, QUARTER_B].sort() });
    // Scope and role are read per request: the open session sees the change at once.
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/manage/session', headers: { cookie: session.cookie } });
    expect(json(me)).toMatchObject({ user: { role: 'admin' } });

    expect((await patchUser(admin, id, { disabled: true })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/manage/session', headers: { cookie: session.cookie } })).statusCode).toBe(401);
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/manage/session', payload: { email: 'd@example.org', password: 'first password' } });
    expect(refused.statusCode).toBe(401);
    expect(json(refused)).toMatchObject({ error: { code: 'unauthorized' } });

    await patchUser(admin, id, { disabled: false, password: 'second password' });
    await expect(login(t.app, 'd@example.org', 'first password')).rejects.toThrow(/401/);
    expect((await login(t.app, 'd@example.org', 'second password')).user.role).toBe('admin');
  });

  it('does not let an admin disable or demote themselves, and 404s unknown users', async () => {
    expect(json(await patchUser(admin, admin.user.id, { disabled: true }))).toMatchObject({ error: { path: 'disabled' } });
    expect((await patchUser(admin, '00000000-0000-4000-8000-000000000000', { role: 'manager' })).statusCode).toBe(404);
    expect(json(await patchUser(admin, manager.user.id, {}))).toMatchObject({ error: { code: 'validation' } });
  });
});

describe('DELETE /api/v1/manage/sessions (log out everywhere)', () => {
  it('ends every session of the caller and no one else’s', async () => {
    const second = await login(t.app, 'm@example.org', 'manager password');
    const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/manage/sessions', headers: writeHeaders(second) });
    expect(out.statusCode).toBe(204);
    for (const session of [manager, second]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/manage/session', headers: { cookie: session.cookie } })).statusCode).toBe(401);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/manage/session', headers: { cookie: admin.cookie } })).statusCode).toBe(200);
    manager = await login(t.app, 'm@example.org', 'manager password');
  });
});
