import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, QUARTER_A, QUARTER_B } from '../../test/factories';
import { json, login, startTestApp, writeHeaders, type LoggedIn, type TestApp } from '../../test/support';

// Requests that all pass the "does it exist?" check before any of them writes: the database's unique
// key decides, and the losers hear 409 conflict — never a 500. Runs on SQLite and PostgreSQL.

let t: TestApp;
let admin: LoggedIn;
beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'admin@example.org', password: 'admin password 1', role: 'admin' });
  admin = await login(t.app, 'admin@example.org', 'admin password 1');
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('concurrent account writes', () => {
  it('answers six simultaneous creations of one e-mail with one 201 and five 409 conflict', async () => {
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/manage/users',
          headers: writeHeaders(admin),
          payload: { email: 'race@example.org', password: `a long password ${i}`, role: 'manager', quarterIds: [QUARTER_A] },
        }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    for (const response of responses.filter((r) => r.statusCode === 409)) {
      expect(json(response)).toEqual({ error: { code: 'conflict', message: 'An account with this e-mail address exists', path: 'email' } });
    }
    const rows = await t.ctx.db.selectFrom('users').select('id').where('email', '=', 'race@example.org').execute();
    expect(rows).toHaveLength(1);
    const created = await t.ctx.db.selectFrom('audit_log').select('target').where('action', '=', 'user_created').execute();
    expect(created.map((a) => a.target)).toEqual([`user:${rows[0]?.id}`]);
  });

  it('lets simultaneous replacements of one user\'s quarters all succeed, the last one winning whole', async () => {
    const id = await createUser(t.ctx.db, { email: 'lists@example.org', password: 'manager password', role: 'manager' });
    const lists = [[QUARTER_A], [QUARTER_B], [QUARTER_A, QUARTER_B], [QUARTER_B], [QUARTER_A], [QUARTER_A, QUARTER_B]];
    const responses = await Promise.all(
      lists.map((quarterIds) =>
        t.app.inject({ method: 'PATCH', url: `/api/v1/manage/users/${id}`, headers: writeHeaders(admin), payload: { quarterIds } }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    const stored = (await t.ctx.db.selectFrom('user_quarters').select('quarter_id').where('user_id', '=', id).orderBy('quarter_id').execute()).map(
      (r) => r.quarter_id,
    );
    // Whole lists only: never a mix of two requests.
    expect(lists.map((l) => [...l].sort())).toContainEqual(stored);
  });
});
