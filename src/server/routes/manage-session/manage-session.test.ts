import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, QUARTER_A } from '../../test/factories';
import { json, login, startTestApp, type TestApp } from '../../test/support';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'Manager@Example.org', password: 'correct horse', role: 'manager', quarterIds: [QUARTER_A] });
  await createUser(t.ctx.db, { email: 'victim@example.org', password: 'right one', role: 'manager' });
  await createUser(t.ctx.db, { email: 'colleague@example.org', password: 'colleague pw', role: 'manager' });
});
afterAll(async () => {
  await t.close();
});

const attempt = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/manage/session', payload: { email, password } });

describe('manager session', () => {
  it('logs in with a strict httpOnly cookie and answers user and CSRF token', async () => {
    const response = await attempt('manager@EXAMPLE.org', 'correct horse');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'qs_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const body = json<{ user: Record<string, unknown>; csrfToken: string }>(response);
    expect(body.user).toEqual({ id: expect.any(String), email: 'manager@example.org', role: 'manager', quarterIds: [QUARTER_A] });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    // Only the token's hash is stored.
    const stored = await t.ctx.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(cookie?.value);
  });

  it('sets the Secure flag when the request came over https', async () => {
    const proxied = await startTestApp({ trustProxy: 1 });
    try {
      await createUser(proxied.ctx.db, { email: 'm@example.org', password: 'pw-pw-pw', role: 'manager' });
      const response = await proxied.app.inject({
        method: 'POST',
        url: '/api/v1/manage/session',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: 'm@example.org', password: 'pw-pw-pw' },
      });
      expect(response.cookies.find((c) => c.name === 'qs_session')?.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('gives the same 401 for an unknown user and a wrong password', async () => {
    const unknown = await attempt('nobody@example.org', 'whatever');
    const wrong = await attempt('colleague@example.org', 'wrong');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(json(unknown)).toEqual(json(wrong));
    expect(json(wrong)).toMatchObject({ error: { code: 'unauthorized' } });
    expect(wrong.cookies).toHaveLength(0);
  });

  it('locks an account after 5 failures, even for the right password, without touching others', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('victim@example.org', `guess ${i}`)).statusCode).toBe(401);
    const locked = await attempt('victim@example.org', 'right one');
    expect(locked.statusCode).toBe(429);
    expect(json(locked)).toMatchObject({ error: { code: 'locked_out' } });
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await attempt('colleague@example.org', 'colleague pw')).statusCode).toBe(200);
  });

  it('resets the failure count after a successful login', async () => {
    for (let i = 0; i < 4; i++) await attempt('colleague@example.org', 'typo');
    expect((await attempt('colleague@example.org', 'colleague pw')).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) await attempt('colleague@example.org', 'typo');
    expect((await attempt('colleague@example.org', 'colleague pw')).statusCode).toBe(200);
  });

  it('rejects a malformed login body with 400', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/manage/session', payload: { email: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(json(response)).toMatchObject({ error: { code: 'validation', path: 'password' } });
  });

  it('restores the session after a reload and logs out only with the CSRF token', async () => {
    const session = await login(t.app, 'manager@example.org', 'correct horse');
    const restored = await t.app.inject({ method: 'GET', url: '/api/v1/manage/session', headers: { cookie: session.cookie } });
    expect(restored.statusCode).toBe(200);
    expect(json(restored)).toEqual({ user: session.user, csrfToken: session.csrfToken });

    const noToken = await t.app.inject({ method: 'DELETE', url: '/api/v1/manage/session', headers: { cookie: session.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(json(noToken)).toMatchObject({ error: { code: 'csrf' } });
    const wrongToken = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/manage/session',
      headers: { cookie: session.cookie, 'x-csrf-token': `${session.csrfToken.slice(0, -1)}x` },
    });
    expect(wrongToken.statusCode).toBe(403);

    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/manage/session',
      // Sent the way a fetch wrapper does: JSON content type, no body.
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/manage/session', headers: { cookie: session.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('answers 401 without a session, also for logout', async () => {
    for (const method of ['GET', 'DELETE'] as const) {
      const response = await t.app.inject({ method, url: '/api/v1/manage/session', headers: { cookie: 'qs_session=forged' } });
      expect(response.statusCode).toBe(401);
      expect(json(response)).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });
});
