import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, feedback, proposal, QUARTER_A, QUARTER_B, support } from '../../test/factories';
import { json, login, postBatch, startTestApp, type LoggedIn, type TestApp } from '../../test/support';

interface InboxPage {
  items: Array<Record<string, unknown> & { id: string; quarterId: string | null }>;
  nextCursor: string | null;
}

let t: TestApp;
let managerA: LoggedIn;
let admin: LoggedIn;
const inA = proposal({ quarterId: QUARTER_A, title: 'Bank am Teich', contact: { name: 'Ada', email: 'ada@example.org' }, locale: 'uk' });
const alsoA = feedback({ quarterId: QUARTER_A, text: 'Laternen am Weg sind aus', mood: 2 });
const inB = feedback({ quarterId: QUARTER_B, text: 'Müll am Spielplatz', visibility: 'public' });

beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'a@example.org', password: 'pw-for-a', role: 'manager', quarterIds: [QUARTER_A] });
  await createUser(t.ctx.db, { email: 'admin@example.org', password: 'pw-admin', role: 'admin' });
  // Apart by a few milliseconds, so "newest first" has one right answer.
  for (const item of [inA, alsoA, inB, support(inA.id as string)]) {
    await postBatch(t.app, [item]);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  managerA = await login(t.app, 'a@example.org', 'pw-for-a');
  admin = await login(t.app, 'admin@example.org', 'pw-admin');
});
afterAll(async () => {
  await t.close();
});

const inbox = async (session: LoggedIn, query = '') => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/manage/submissions${query}`, headers: { cookie: session.cookie } });
  expect(response.statusCode).toBe(200);
  return json<InboxPage>(response);
};

describe('GET /api/v1/manage/submissions', () => {
  it('shows a manager only the items of their quarters, newest first', async () => {
    const page = await inbox(managerA);
    expect(page.items.every((item) => item.quarterId === QUARTER_A)).toBe(true);
    expect(page.items.map((item) => item.id)).not.toContain(inB.id);
    expect(page.items.map((item) => item.kind)).toEqual(['support', 'feedback', 'proposal']);
    expect(page.nextCursor).toBeNull();
    expect(page.items[2]).toMatchObject({
      id: inA.id,
      quarterName: 'Kühnhausen',
      title: 'Bank am Teich',
      status: 'received',
      moderation: 'pending',
      receipt: expect.stringMatching(/^ERF-/),
      locale: 'uk',
    });
    expect(page.items[1]?.locale).toBe('de');
    expect(JSON.stringify(page)).not.toContain('ada@example.org');
  });

  it('does not widen the scope through a quarter filter', async () => {
    const page = await inbox(managerA, `?quarterId=${QUARTER_B}`);
    expect(page.items).toEqual([]);
  });

  it('shows an admin everything and filters by kind, moderation and text', async () => {
    const all = await inbox(admin);
    expect(all.items.map((item) => item.id)).toEqual(expect.arrayContaining([inA.id, alsoA.id, inB.id]));
    expect((await inbox(admin, '?kind=feedback')).items.map((i) => i.id).sort()).toEqual([alsoA.id, inB.id].sort());
    expect((await inbox(admin, '?moderation=pending')).items.map((i) => i.id).sort()).toEqual([inA.id, inB.id].sort());
    expect((await inbox(admin, '?q=LATERNEN')).items.map((i) => i.id)).toEqual([alsoA.id]);
    expect((await inbox(admin, '?q=50%25')).items).toEqual([]);
  });

  it('finds an item by its receipt, typed with or without hyphens, in any case or with spaces', async () => {
    const receipt = (await inbox(admin)).items.find((item) => item.id === alsoA.id)?.receipt as string;
    expect(receipt).toMatch(/^ERF-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const compact = receipt.replace(/-/g, '');
    for (const typed of [receipt, compact.toLowerCase(), `${compact.slice(0, 3)} ${compact.slice(3, 7)} ${compact.slice(7)}`]) {
      expect((await inbox(admin, `?q=${encodeURIComponent(typed)}`)).items.map((i) => i.id)).toEqual([alsoA.id]);
    }
    // A manager's scope still holds: B's receipt finds nothing for manager A.
    const other = (await inbox(admin)).items.find((item) => item.id === inB.id)?.receipt as string;
    expect((await inbox(managerA, `?q=${encodeURIComponent(other)}`)).items).toEqual([]);
  });

  it('pages with an opaque cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await inbox(admin, query);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    const all = await inbox(admin);
    expect(seen).toEqual(all.items.map((item) => item.id));
    expect(pages).toBe(all.items.length);
  });

  it('answers 400 for a bad filter or cursor and 401 without a session', async () => {
    for (const query of ['?status=lost', '?cursor=bm9wZQ', '?limit=1000']) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/manage/submissions${query}`, headers: { cookie: admin.cookie } });
      expect(response.statusCode).toBe(400);
      expect(json(response)).toMatchObject({ error: { code: 'validation' } });
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/manage/submissions' });
    expect(anonymous.statusCode).toBe(401);
    expect(json(anonymous)).toMatchObject({ error: { code: 'unauthorized' } });
  });
});

describe('GET /api/v1/manage/submissions/:id', () => {
  it('shows contact, support count and history to the quarter manager', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/manage/submissions/${inA.id as string}`,
      headers: { cookie: managerA.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({
      id: inA.id,
      contact: { name: 'Ada', email: 'ada@example.org' },
      supportCount: 1,
      locale: 'uk',
      history: [{ status: 'received', moderation: 'pending' }],
    });
  });

  it('answers 404 outside the caller’s quarters but shows the same item to an admin', async () => {
    const hidden = await t.app.inject({
      method: 'GET',
      url: `/api/v1/manage/submissions/${inB.id as string}`,
      headers: { cookie: managerA.cookie },
    });
    expect(hidden.statusCode).toBe(404);
    expect(json(hidden)).toMatchObject({ error: { code: 'not_found' } });
    const shown = await t.app.inject({
      method: 'GET',
      url: `/api/v1/manage/submissions/${inB.id as string}`,
      headers: { cookie: admin.cookie },
    });
    expect(shown.statusCode).toBe(200);
    expect(json(shown)).toMatchObject({ id: inB.id, quarterId: QUARTER_B, visibility: 'public', contact: null });
  });
});
