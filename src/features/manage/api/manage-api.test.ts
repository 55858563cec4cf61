import { afterEach, describe, expect, it } from 'vitest';
import { HttpError, type FetchLike } from '../../../offline/http';
import { bulkSetStatus } from './bulk-status';
import { exportHref } from './export-links';
import { listContent } from './get-content-list';
import { listInbox } from './get-inbox';
import { listInterests } from './get-interests';
import { restoreSession } from './get-session';
import { listUsers } from './get-users';
import { login } from './login';
import { logout } from './logout';
import { setManageFetch } from './manage-client';
import { patchSubmission } from './update-submission';

// The operations against a fake network: paths, methods, bodies, the CSRF token on writes only, and
// each answer read with its schema.

type Call = { url: string; init: RequestInit };

function fakeServer(answers: Array<() => Response>) {
  const calls: Call[] = [];
  const fetchImpl: FetchLike = async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    const next = answers.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  };
  setManageFetch(fetchImpl);
  return calls;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const noContent = () => new Response(null, { status: 204 });

const session = { user: { id: 'u1', email: 'qm@example.org', role: 'manager', quarterIds: ['altstadt'] }, csrfToken: 'tok-1' };
const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);

afterEach(() => setManageFetch());

describe('manager API operations', () => {
  it('log in with cookies and send the CSRF token on writes only', async () => {
    const calls = fakeServer([json(200, session), json(200, { items: [], nextCursor: null }), noContent]);
    expect(await login({ email: 'qm@example.org', password: 'secret' })).toEqual(session.user);
    expect(calls[0]?.init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ email: 'qm@example.org', password: 'secret' });
    await listInbox({ kind: 'feedback', q: '' }, null);
    expect(calls[1]?.url).toBe('/api/v1/manage/submissions?kind=feedback');
    expect(header(calls[1], 'x-csrf-token')).toBeNull();
    await logout(false);
    expect(calls[2]?.init.method).toBe('DELETE');
    expect(calls[2]?.url).toBe('/api/v1/manage/session');
    expect(header(calls[2], 'x-csrf-token')).toBe('tok-1');
  });

  it('restore the session and its token after a reload, or report none on 401', async () => {
    const calls = fakeServer([json(200, { ...session, csrfToken: 'tok-2' }), noContent, json(401, { error: { code: 'unauthorized', message: 'no session' } })]);
    expect(await restoreSession()).toEqual(session.user);
    await logout(true);
    expect(calls[1]?.url).toBe('/api/v1/manage/sessions');
    expect(header(calls[1], 'x-csrf-token')).toBe('tok-2');
    expect(await restoreSession()).toBeNull();
  });

  it('turn a lock-out into an error with the API code and the retry time', async () => {
    fakeServer([json(429, { error: { code: 'locked_out', message: 'Locked' } }, { 'retry-after': '120' })]);
    const error = await login({ email: 'qm@example.org', password: 'wrong' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ kind: 'http', status: 429, code: 'locked_out', retryAfterMs: 120_000 });
  });

  it('report bad credentials, a proxy’s error page, an answer that does not fit its schema, and no network', async () => {
    fakeServer([json(401, { error: { code: 'unauthorized', message: 'Bad' } }), () => new Response('<html>', { status: 502 }), json(200, { nope: true })]);
    await expect(login({ email: 'a@b.c', password: 'x' })).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    await expect(listInbox({}, null)).rejects.toMatchObject({ status: 502, code: 'internal' });
    await expect(listInbox({}, null)).rejects.toMatchObject({ code: 'bad_answer' });
    await expect(listInbox({}, 'next')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('build export links from the filter, never with paging or UI parameters, contact data only on request', () => {
    const filter = { quarterId: 'erfurt-2-loebervorstadt', q: 'Grünfläche & Bänke', sort: 'oldest', cursor: 'abc', view: 'map', status: '' };
    expect(exportHref('csv', filter, false)).toBe('/api/v1/manage/export.csv?quarterId=erfurt-2-loebervorstadt&q=Gr%C3%BCnfl%C3%A4che+%26+B%C3%A4nke');
    expect(exportHref('geojson', {}, true)).toBe('/api/v1/manage/export.geojson?includeContact=true');
    expect(exportHref('csv', {}, false)).toBe('/api/v1/manage/export.csv');
  });

  it('send item changes and bulk status with the CSRF token and read the server’s answers', async () => {
    const calls = fakeServer([
      json(200, session),
      json(200, { id: 'x' }),
      json(200, { updated: ['a'], notFound: ['b'] }),
      json(200, { opportunityId: 'o', interests: [{ id: 'i1', name: 'Jörg', contact: { email: 'j@example.org', phone: null }, contacted: true }] }),
      json(200, { users: [{ id: 'u1', email: 'a@b.c', role: 'manager', quarterIds: ['q'], disabled: false }] }),
      json(200, { items: [{ id: 'broken', entry: { id: 'broken' }, published: true }, { entry: 'nope' }] }),
    ]);
    await login({ email: 'qm@example.org', password: 'secret' });
    await patchSubmission('x', { status: 'declined', reason: 'Zuständig ist das Amt' });
    expect(calls[1]?.init.method).toBe('PATCH');
    expect(header(calls[1], 'x-csrf-token')).toBe('tok-1');
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({ status: 'declined', reason: 'Zuständig ist das Amt' });
    expect(await bulkSetStatus({ ids: ['a', 'b'], status: 'done' })).toEqual({ updated: ['a'], notFound: ['b'] });
    expect(header(calls[2], 'x-csrf-token')).toBe('tok-1');
    expect(await listInterests('o')).toMatchObject([{ id: 'i1', name: 'Jörg', contacted: true }]);
    expect(calls[3]?.url).toBe('/api/v1/manage/opportunities/o/interests');
    expect(await listUsers()).toMatchObject([{ id: 'u1', role: 'manager' }]);
    // Entries the client cannot read are left out instead of failing the whole list.
    expect(await listContent('centres')).toEqual([]);
  });
});
