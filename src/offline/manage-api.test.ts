import { afterEach, describe, expect, it } from 'vitest';
import { login, logout, ManageApiError, restoreSession, setManageFetch } from './manage-api';
import { bulkSetStatus, exportHref, listInbox, listInterests, patchSubmission } from './manage-inbox';
import { listUsers } from './manage-admin';
import { listContent } from './manage-content';

type Call = { url: string; init: RequestInit };

function fakeServer(answers: Array<() => Response>) {
  const calls: Call[] = [];
  setManageFetch(async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    const next = answers.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  });
  return calls;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const session = { user: { id: 'u1', email: 'qm@example.org', role: 'manager', quarterIds: ['altstadt'] }, csrfToken: 'tok-1' };
const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);

afterEach(() => setManageFetch((...args) => fetch(...args)));

describe('manage api', () => {
  it('logs in with cookies and sends the CSRF token on writes only', async () => {
    const calls = fakeServer([json(200, session), json(200, { items: [], nextCursor: null }), () => new Response(null, { status: 204 })]);
    const user = await login('qm@example.org', 'secret');
    expect(user).toEqual(session.user);
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ email: 'qm@example.org', password: 'secret' });
    await listInbox({ kind: 'feedback', cursor: '' });
    expect(calls[1]?.url).toBe('/api/v1/manage/submissions?kind=feedback');
    expect(header(calls[1], 'x-csrf-token')).toBeNull();
    await logout();
    expect(calls[2]?.init.method).toBe('DELETE');
    expect(header(calls[2], 'x-csrf-token')).toBe('tok-1');
  });

  it('restores the session and its token after a reload, or reports none on 401', async () => {
    const calls = fakeServer([
      json(200, { ...session, csrfToken: 'tok-2' }),
      () => new Response(null, { status: 204 }),
      json(401, { error: { code: 'unauthorized', message: 'no session' } }),
    ]);
    expect(await restoreSession()).toEqual(session.user);
    await logout();
    expect(header(calls[1], 'x-csrf-token')).toBe('tok-2');
    expect(await restoreSession()).toBeUndefined();
  });

  it('turns a lock-out into an error with the retry time', async () => {
    fakeServer([json(429, { error: { code: 'locked_out', message: 'Locked' } }, { 'retry-after': '120' })]);
    const error = await login('qm@example.org', 'wrong').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManageApiError);
    expect(error).toMatchObject({ status: 429, code: 'locked_out', retryAfter: 120 });
  });

  it('reports bad credentials, unreadable answers and no network with their codes', async () => {
    fakeServer([json(401, { error: { code: 'unauthorized', message: 'Bad' } }), () => new Response('<html>', { status: 502 }), json(200, { nope: true })]);
    await expect(login('a@b.c', 'x')).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    await expect(listInbox()).rejects.toMatchObject({ status: 502, code: 'internal' });
    await expect(listInbox()).rejects.toMatchObject({ code: 'bad_answer' });
    await expect(listInbox()).rejects.toMatchObject({ status: 0 });
  });

  it('builds export links from the filter, never with paging or UI parameters, contact data only on request', () => {
    const filter = { quarterId: 'erfurt-2-loebervorstadt', q: 'Grünfläche & Bänke', sort: 'oldest', cursor: 'abc', view: 'map', status: '' };
    expect(exportHref('csv', filter, false)).toBe('/api/v1/manage/export.csv?quarterId=erfurt-2-loebervorstadt&q=Gr%C3%BCnfl%C3%A4che+%26+B%C3%A4nke');
    expect(exportHref('geojson', {}, true)).toBe('/api/v1/manage/export.geojson?includeContact=true');
    expect(exportHref('csv', {}, false)).toBe('/api/v1/manage/export.csv');
  });

  it('sends item changes and bulk status with the CSRF token and reads the server’s answers', async () => {
    const calls = fakeServer([
      json(200, session),
      json(200, { id: 'x' }),
      json(200, { updated: ['a'], notFound: ['b'] }),
      json(200, { opportunityId: 'o', interests: [{ id: 'i1', name: 'Jörg', contact: { email: 'j@example.org', phone: null }, contacted: true }] }),
      json(200, { users: [{ id: 'u1', email: 'a@b.c', role: 'manager', quarterIds: ['q'], disabled: false }] }),
      json(200, [{ id: 'broken' }, { entry: 'nope', id: 'x' }]),
    ]);
    await login('qm@example.org', 'secret');
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
