import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, feedback, proposal, QUARTER_A, QUARTER_B, support, TOPIC } from '../../test/factories';
import { json, login, postBatch, startTestApp, writeHeaders, type LoggedIn, type TestApp } from '../../test/support';

// The inbox as managers work through it: filters, sort orders with their cursors, unread markers,
// and bulk status changes — always inside the caller's quarters.

interface Item {
  id: string;
  unread: boolean;
  hasPhoto: boolean;
  supportCount: number | null;
  location: { lat: number; lng: number } | null;
  theme: string | null;
  status: string;
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}

let t: TestApp;
let managerA: LoggedIn;
let admin: LoggedIn;
const popular = proposal({ title: 'Mehr Bänke' });
const quiet = proposal({ title: 'Ein Brunnen' });
const withPhoto = feedback({ text: 'Laterne kaputt', location: { lat: 51.01, lng: 11.0 } });
const housing = feedback({ topicId: 'wohnen-wohnumfeld', text: 'Treppenhaus' });
const inB = feedback({ quarterId: QUARTER_B });

beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'a@example.org', password: 'pw-for-manager-a', role: 'manager', quarterIds: [QUARTER_A] });
  await createUser(t.ctx.db, { email: 'admin@example.org', password: 'pw-for-the-admin', role: 'admin' });
  await postBatch(t.app, [popular, quiet, withPhoto, housing, inB]);
  await postBatch(t.app, [support(popular.id as string), support(popular.id as string), support(quiet.id as string)]);
  // Known times: `housing` arrived at 00:30 on 1 April in Erfurt (22:30 UTC the day before).
  const times: Array<[Record<string, unknown>, string]> = [
    [popular, '2025-03-01T10:00:00.000Z'],
    [quiet, '2025-03-02T10:00:00.000Z'],
    [withPhoto, '2025-03-03T10:00:00.000Z'],
    [housing, '2025-03-31T22:30:00.000Z'],
  ];
  for (const [item, at] of times) {
    await t.ctx.db.updateTable('submissions').set({ received_at: at }).where('id', '=', item.id as string).execute();
  }
  const mediaId = randomUUID();
  await t.ctx.db.insertInto('media').values({ id: mediaId, bytes: Buffer.from('x'), mime: 'image/jpeg', created_at: new Date().toISOString(), source_hash: null, width: 1, height: 1 }).execute();
  await t.ctx.db.insertInto('submission_media').values({ submission_id: withPhoto.id as string, media_id: mediaId }).execute();
  managerA = await login(t.app, 'a@example.org', 'pw-for-manager-a');
  admin = await login(t.app, 'admin@example.org', 'pw-for-the-admin');
}, 60_000);
afterAll(async () => {
  await t.close();
});

const inbox = async (query: string, session: LoggedIn = managerA): Promise<Page> => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/manage/submissions?${query}`, headers: { cookie: session.cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return json<Page>(response);
};
const ids = (page: Page) => page.items.map((i) => i.id);

describe('inbox filters', () => {
  it('carries unread, photo, support count, exact location and theme', async () => {
    const items = (await inbox('kind=proposal')).items.concat((await inbox('kind=feedback')).items);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get(popular.id as string)).toMatchObject({ supportCount: 2, unread: true, hasPhoto: false });
    expect(byId.get(withPhoto.id as string)).toMatchObject({ hasPhoto: true, location: { lat: 51.01, lng: 11.0 }, supportCount: null });
    expect(byId.get(housing.id as string)?.theme).toBe('segregation');
  });

  it('filters by topic, theme, photo and Erfurt calendar days', async () => {
    expect(ids(await inbox(`topicId=wohnen-wohnumfeld`))).toEqual([housing.id]);
    expect(ids(await inbox('theme=segregation'))).toEqual([housing.id]);
    expect(ids(await inbox('theme=volunteering'))).toEqual([]);
    expect(ids(await inbox('hasPhoto=true'))).toEqual([withPhoto.id]);
    expect(ids(await inbox('hasPhoto=false&kind=feedback'))).toEqual([housing.id]);
    expect(ids(await inbox('from=2025-04-01&kind=feedback'))).toEqual([housing.id]);
    expect(ids(await inbox('from=2025-03-02&to=2025-03-31'))).toEqual([withPhoto.id, quiet.id]);
    expect(ids(await inbox(`topicId=${TOPIC}&q=laterne`))).toEqual([withPhoto.id]);
  });

  it('sorts newest, oldest and most supported, and pages each order without gaps', async () => {
    const newest = ids(await inbox('kind=proposal&sort=newest'));
    expect(newest).toEqual([quiet.id, popular.id]);
    expect(ids(await inbox('kind=proposal&sort=oldest'))).toEqual([popular.id, quiet.id]);
    for (const sort of ['newest', 'oldest', 'most_supported']) {
      const all = ids(await inbox(`sort=${sort}`));
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = await inbox(`sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        paged.push(...ids(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(all.length);
    }
    const top = await inbox('sort=most_supported&limit=2');
    expect(ids(top)[0]).toBe(popular.id);
    expect(ids(top)[1]).toBe(quiet.id);
    // A cursor belongs to its sort order.
    const wrongSort = await t.app.inject({ method: 'GET', url: `/api/v1/manage/submissions?sort=oldest&cursor=${top.nextCursor ?? ''}`, headers: { cookie: managerA.cookie } });
    expect(wrongSort.statusCode).toBe(400);
  });
});

describe('unread markers', () => {
  it('are per manager: opening marks read, POST …/unread marks unread again', async () => {
    const url = `/api/v1/manage/submissions/${quiet.id as string}`;
    expect((await t.app.inject({ method: 'GET', url, headers: { cookie: managerA.cookie } })).statusCode).toBe(200);
    expect(ids(await inbox('unread=false'))).toEqual([quiet.id]);
    expect(ids(await inbox('unread=true'))).not.toContain(quiet.id);
    expect((await inbox('unread=false', admin)).items).toEqual([]);

    expect((await t.app.inject({ method: 'POST', url: `${url}/unread`, headers: writeHeaders(managerA) })).statusCode).toBe(204);
    expect((await inbox('unread=false')).items).toEqual([]);
    const outside = await t.app.inject({ method: 'POST', url: `/api/v1/manage/submissions/${inB.id as string}/unread`, headers: writeHeaders(managerA) });
    expect(outside.statusCode).toBe(404);
  });
});

describe('POST /api/v1/manage/submissions/bulk', () => {
  const bulk = (payload: object, session: LoggedIn = managerA) =>
    t.app.inject({ method: 'POST', url: '/api/v1/manage/submissions/bulk', headers: writeHeaders(session), payload });

  it('changes only items in scope and reports the others as not found', async () => {
    const stranger = randomUUID();
    const response = await bulk({ ids: [withPhoto.id, housing.id, inB.id, stranger], status: 'in_review' });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toEqual({ updated: [withPhoto.id, housing.id], notFound: [inB.id, stranger] });
    const rows = await t.ctx.db.selectFrom('submissions').select(['id', 'status']).where('id', 'in', [withPhoto.id as string, inB.id as string]).execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [withPhoto.id as string]: 'in_review', [inB.id as string]: 'received' });
    const history = await t.ctx.db.selectFrom('submission_history').select(['status', 'actor_user_id']).where('submission_id', '=', withPhoto.id as string).orderBy('id').execute();
    expect(history.at(-1)).toEqual({ status: 'in_review', actor_user_id: managerA.user.id });
    const audit = await t.ctx.db.selectFrom('audit_log').select('target').where('action', '=', 'status_changed').execute();
    expect(audit.map((a) => a.target).sort()).toEqual([`submission:${housing.id as string}`, `submission:${withPhoto.id as string}`].sort());
  });

  it('needs a reason to decline and a valid body', async () => {
    expect(json(await bulk({ ids: [housing.id], status: 'declined' }))).toMatchObject({ error: { code: 'validation', path: 'reason' } });
    expect((await bulk({ ids: [], status: 'done' })).statusCode).toBe(400);
    expect(json(await bulk({ ids: [housing.id], status: 'declined', reason: 'Nicht zuständig' }))).toEqual({ updated: [housing.id], notFound: [] });
  });
});
