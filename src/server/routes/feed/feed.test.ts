import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coarsen, feedPageSchema, type FeedPage } from '../../../shared/feed';
import { createUser, feedback, proposal, QUARTER_A, QUARTER_B, support } from '../../test/factories';
import { json, login, postBatch, startTestApp, type LoggedIn, type TestApp } from '../../test/support';

let t: TestApp;
let manager: LoggedIn;
const exact = { lat: 50.987654, lng: 11.012345, accuracy: 4 };
const popular = proposal({ title: 'Sitzbank am Teich', location: exact, contact: { name: 'Ada', email: 'ada@example.org' } });
const publicFeedback = feedback({ visibility: 'public', mood: 2, text: 'Die Laterne flackert' });
const privateFeedback = feedback({ text: 'Nur für das Quartiersmanagement' });
const pending = proposal({ title: 'Noch nicht freigegeben' });
const hidden = proposal({ title: 'Versteckt' });
const elsewhere = proposal({ quarterId: QUARTER_B, title: 'Anderes Quartier' });

async function send(items: Array<Record<string, unknown>>): Promise<void> {
  for (const item of items) {
    await postBatch(t.app, [item]);
    // Apart by a few milliseconds, so "newest first" has one right answer.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const patch = (id: unknown, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/v1/manage/submissions/${id as string}`,
    headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken },
    payload,
  });

const feed = async (query = '', quarter = QUARTER_A): Promise<FeedPage> => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/quarters/${quarter}/feed${query}` });
  expect(response.statusCode).toBe(200);
  return feedPageSchema.parse(json(response));
};

// Several scrypt logins and, in the postgres project, a fresh database: slow on a busy machine.
beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'admin@example.org', password: 'pw-admin', role: 'admin' });
  manager = await login(t.app, 'admin@example.org', 'pw-admin');
  await send([popular, publicFeedback, privateFeedback, pending, hidden, elsewhere]);
  await send([support(popular.id as string), support(popular.id as string)]);
  for (const item of [popular, publicFeedback, elsewhere]) await patch(item.id, { moderation: 'published' });
  await patch(hidden.id, { moderation: 'hidden', moderationReason: 'Beleidigend' });
  await patch(popular.id, { status: 'in_progress', publicResponse: 'Die Bank kommt im Mai.', note: 'intern: Bauhof' });
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/quarters/:id/feed', () => {
  it('lists only published proposals and public feedback of that quarter, newest first', async () => {
    const page = await feed();
    expect(page.items.map((i) => i.id)).toEqual([publicFeedback.id, popular.id]);
    expect(page.nextCursor).toBeNull();
    expect(page.items[1]).toEqual({
      id: popular.id,
      kind: 'proposal',
      quarterId: QUARTER_A,
      topicId: popular.topicId,
      title: 'Sitzbank am Teich',
      text: popular.text,
      createdAt: new Date(popular.createdAt as string).toISOString(),
      status: 'in_progress',
      supportCount: 2,
      publicResponse: 'Die Bank kommt im Mai.',
      location: coarsen(exact),
      mediaIds: [],
    });
    expect(page.items[0]).toMatchObject({ kind: 'feedback', mood: 2, supportCount: 0 });
  });

  it('never shows the exact point, contact data, receipts or internal notes', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/quarters/${QUARTER_A}/feed` });
    for (const secret of ['50.987654', '11.012345', 'ada@example.org', 'Ada', 'ERF-', 'intern: Bauhof', '"accuracy"']) {
      expect(response.body).not.toContain(secret);
    }
    expect(coarsen(exact)).toEqual({ lat: 50.988, lng: 11.012 });
  });

  it('sorts by support count and pages with an opaque cursor of 20', async () => {
    expect((await feed('?sort=supported')).items.map((i) => i.id)).toEqual([popular.id, publicFeedback.id]);
    const many = Array.from({ length: 25 }, () => feedback({ quarterId: QUARTER_B, visibility: 'public' }));
    await postBatch(t.app, many);
    for (const item of many) await patch(item.id, { moderation: 'published' });
    // The oldest item of the quarter, but the only one with a support: first by support, last by time.
    await postBatch(t.app, [support(elsewhere.id as string)]);
    for (const sort of ['newest', 'supported']) {
      const first = await feed(`?sort=${sort}`, QUARTER_B);
      expect(first.items).toHaveLength(20);
      expect(first.nextCursor).not.toBeNull();
      const second = await feed(`?sort=${sort}&cursor=${encodeURIComponent(first.nextCursor ?? '')}`, QUARTER_B);
      expect(second.nextCursor).toBeNull();
      const ids = [...first.items, ...second.items].map((i) => i.id);
      expect(new Set(ids).size).toBe(26);
      expect(sort === 'supported' ? ids[0] : ids.at(-1)).toBe(elsewhere.id);
    }
  });

  it('answers 304 for an unchanged page and 200 after a change', async () => {
    const first = await t.app.inject({ method: 'GET', url: `/api/v1/quarters/${QUARTER_A}/feed` });
    const etag = String(first.headers.etag);
    const same = await t.app.inject({ method: 'GET', url: `/api/v1/quarters/${QUARTER_A}/feed`, headers: { 'if-none-match': etag } });
    expect(same.statusCode).toBe(304);
    await postBatch(t.app, [support(popular.id as string)]);
    const changed = await t.app.inject({ method: 'GET', url: `/api/v1/quarters/${QUARTER_A}/feed`, headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
  });

  it('answers 404 for an unknown quarter and 400 for a bad sort or cursor', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/quarters/erfurt-99-atlantis/feed' });
    expect(unknown.statusCode).toBe(404);
    expect(json(unknown)).toMatchObject({ error: { code: 'not_found' } });
    for (const query of ['?sort=loudest', '?cursor=bm9wZQ']) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/quarters/${QUARTER_A}/feed${query}` });
      expect(response.statusCode).toBe(400);
      expect(json(response)).toMatchObject({ error: { code: 'validation' } });
    }
  });
});
