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
import { getInterestOverview } from './get-interest-overview';
import { markUnread } from './mark-unread';
import { getContent } from './get-content';
import { setPublished } from './publish-content';
import { saveContent } from './save-content';
import { createUser } from './create-user';
import { patchUser } from './update-user';
import { inboxItem, interestAnswer, managedCentre, managerSubmission, overviewRow, sessionAnswer, userAccount } from '../../../test/manage-answers';

// The operations against a fake network: paths, methods, bodies, the CSRF token on writes only, and
// each answer read with the shared schema the server serialises it with (fixtures: src/test/manage-answers.ts).

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

const session = sessionAnswer();
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
    const changed = managerSubmission('x', { kind: 'interest', status: 'declined', contacted: true });
    const calls = fakeServer([
      json(200, session),
      json(200, changed),
      json(200, { updated: ['a'], notFound: ['b'] }),
      json(200, { opportunityId: 'o', interests: [interestAnswer('i1', { name: 'Jörg', contacted: true })] }),
      json(200, { users: [userAccount('u1')] }),
      noContent,
    ]);
    await login({ email: 'qm@example.org', password: 'secret' });
    expect(await patchSubmission('x', { status: 'declined', reason: 'Zuständig ist das Amt' })).toEqual(changed);
    expect(calls[1]?.init.method).toBe('PATCH');
    expect(header(calls[1], 'x-csrf-token')).toBe('tok-1');
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({ status: 'declined', reason: 'Zuständig ist das Amt' });
    expect(await bulkSetStatus({ ids: ['a', 'b'], status: 'done' })).toEqual({ updated: ['a'], notFound: ['b'] });
    expect(header(calls[2], 'x-csrf-token')).toBe('tok-1');
    expect(await listInterests('o')).toMatchObject([{ id: 'i1', name: 'Jörg', contacted: true }]);
    expect(calls[3]?.url).toBe('/api/v1/manage/opportunities/o/interests');
    expect(await listUsers()).toMatchObject([{ id: 'u1', role: 'manager' }]);
    await markUnread('x');
    expect(calls[5]).toMatchObject({ url: '/api/v1/manage/submissions/x/unread', init: { method: 'POST' } });
  });

  it('read users, content and the interest overview with their shared schemas', async () => {
    const centre = managedCentre('treff');
    const calls = fakeServer([
      json(201, userAccount('u2')),
      json(200, userAccount('u2', { disabled: true })),
      json(200, { items: [centre] }),
      json(200, centre),
      json(201, { ...centre, published: false }),
      json(200, { ...centre, published: false }),
      json(200, { opportunities: [overviewRow('o', { total: 2, unread: 1, open: 1 })], totals: { total: 2, unread: 1, open: 1 } }),
    ]);
    expect(await createUser({ email: 'u2@example.org', password: 'long enough password', role: 'manager', quarterIds: [] })).toMatchObject({ id: 'u2' });
    expect(await patchUser('u2', { disabled: true })).toMatchObject({ id: 'u2', disabled: true });
    expect(calls[1]).toMatchObject({ url: '/api/v1/manage/users/u2', init: { method: 'PATCH' } });
    expect(await listContent('centres')).toEqual([centre]);
    expect(await getContent('centres', 'treff')).toEqual(centre);
    expect(await saveContent('centres', centre.entry, true)).toMatchObject({ id: 'treff', published: false });
    expect(calls[4]).toMatchObject({ url: '/api/v1/manage/centres', init: { method: 'POST' } });
    expect(await setPublished('centres', 'treff', false)).toMatchObject({ published: false });
    expect(calls[5]?.url).toBe('/api/v1/manage/centres/treff/unpublish');
    expect((await getInterestOverview('erfurt-1-altstadt')).totals).toEqual({ total: 2, unread: 1, open: 1 });
    expect(calls[6]?.url).toBe('/api/v1/manage/interests?quarterId=erfurt-1-altstadt');
  });

  it('refuse answers the shared schema does not name: nothing half-read reaches a screen', async () => {
    const { unread: _unread, ...withoutUnread } = inboxItem('a');
    const { contacted: _contacted, ...withoutContacted } = managerSubmission('x');
    fakeServer([
      json(200, { items: [withoutUnread], nextCursor: null }),
      json(200, withoutContacted),
      json(200, { items: [{ ...managedCentre('c'), entry: { id: 'c' } }] }),
      json(200, { id: 'x' }),
      json(200, { deleted: true }),
      json(200, { users: [{ ...userAccount('u'), id: 7 }] }),
    ]);
    await expect(listInbox({}, null)).rejects.toMatchObject({ code: 'bad_answer' });
    await expect(patchSubmission('x', { note: 'n' })).rejects.toMatchObject({ code: 'bad_answer' });
    await expect(listContent('centres')).rejects.toMatchObject({ code: 'bad_answer' });
    await expect(setPublished('opportunities', 'x', true)).rejects.toMatchObject({ code: 'bad_answer' });
    // A 204 operation that gets a body is not what the server declared either.
    await expect(markUnread('x')).rejects.toMatchObject({ code: 'bad_answer' });
    await expect(listUsers()).rejects.toMatchObject({ code: 'bad_answer' });
  });
});
