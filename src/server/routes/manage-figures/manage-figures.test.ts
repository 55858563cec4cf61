import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresSchema, type Figures } from '../../../shared/manage';
import { insertHistory } from '../../repositories/submissions';
import { createUser, feedback, proposal, QUARTER_A, QUARTER_B, support } from '../../test/factories';
import { json, login, postBatch, startTestApp, type LoggedIn, type TestApp } from '../../test/support';

// Known data, known numbers. Times are set directly so months and answer times are exact.

let t: TestApp;
let managerA: LoggedIn;
let admin: LoggedIn;
const green = feedback({ topicId: 'gruen-spielplaetze-sauberkeit' });
const housing = feedback({ topicId: 'wohnen-wohnumfeld' });
const idea = proposal({ topicId: 'gruen-spielplaetze-sauberkeit', title: 'Bäume pflanzen' });
const other = proposal({ title: 'Anderswo' });
const inB = feedback({ quarterId: QUARTER_B, topicId: 'wohnen-wohnumfeld' });

const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'a@example.org', password: 'pw-for-manager-a', role: 'manager', quarterIds: [QUARTER_A] });
  await createUser(t.ctx.db, { email: 'admin@example.org', password: 'pw-for-the-admin', role: 'admin' });
  await postBatch(t.app, [green, housing, idea, other, inB]);
  await postBatch(t.app, [support(idea.id as string), support(idea.id as string), support(other.id as string)]);
  const received: Array<[Record<string, unknown>, string]> = [
    [green, '2025-01-10T10:00:00.000Z'],
    // 00:30 on 1 February in Erfurt: February, not January.
    [housing, '2025-01-31T23:30:00.000Z'],
    [idea, '2025-02-05T10:00:00.000Z'],
    [other, '2025-02-06T10:00:00.000Z'],
    [inB, '2025-01-15T10:00:00.000Z'],
  ];
  for (const [item, at] of received) {
    await t.ctx.db.updateTable('submissions').set({ received_at: at }).where('id', '=', item.id as string).execute();
  }
  const [, greenAt] = received[0] ?? [];
  const [, housingAt] = received[1] ?? [];
  const [, ideaAt] = received[2] ?? [];
  const [, bAt] = received[4] ?? [];
  if (!greenAt || !housingAt || !ideaAt || !bAt) throw new Error('times missing');
  // green: status change after 5 h; housing: a public answer after 10 h (then a status change);
  // idea: only an internal note, which is no answer; inB (other quarter) after 1 h.
  await t.ctx.db.updateTable('submissions').set({ status: 'in_review' }).where('id', '=', green.id as string).execute();
  await insertHistory(t.ctx.db, { submissionId: green.id as string, at: hoursAfter(greenAt, 5), status: 'in_review' });
  await insertHistory(t.ctx.db, { submissionId: housing.id as string, at: hoursAfter(housingAt, 10), publicResponse: 'Wir kümmern uns.' });
  await insertHistory(t.ctx.db, { submissionId: housing.id as string, at: hoursAfter(housingAt, 30), status: 'done' });
  await t.ctx.db.updateTable('submissions').set({ status: 'done' }).where('id', '=', housing.id as string).execute();
  await insertHistory(t.ctx.db, { submissionId: idea.id as string, at: hoursAfter(ideaAt, 1), note: 'intern' });
  await insertHistory(t.ctx.db, { submissionId: inB.id as string, at: hoursAfter(bAt, 1), status: 'done' });
  managerA = await login(t.app, 'a@example.org', 'pw-for-manager-a');
  admin = await login(t.app, 'admin@example.org', 'pw-for-the-admin');
}, 60_000);
afterAll(async () => {
  await t.close();
});

const figures = async (session: LoggedIn, query = ''): Promise<Figures> => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/manage/figures${query}`, headers: { cookie: session.cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return figuresSchema.parse(json(response));
};

describe('GET /api/v1/manage/figures', () => {
  it('counts the caller’s input per quarter, theme and topic by Erfurt month, without supports', async () => {
    const f = await figures(managerA);
    expect(f.byQuarterMonth).toEqual([
      { quarterId: QUARTER_A, month: '2025-01', count: 1 },
      { quarterId: QUARTER_A, month: '2025-02', count: 3 },
    ]);
    expect(f.byThemeMonth).toEqual([
      { theme: 'segregation', month: '2025-02', count: 1 },
      { theme: 'social_space', month: '2025-01', count: 1 },
      { theme: 'social_space', month: '2025-02', count: 2 },
    ]);
    expect(f.byTopic).toEqual([
      { topicId: 'gruen-spielplaetze-sauberkeit', count: 3 },
      { topicId: 'wohnen-wohnumfeld', count: 1 },
    ]);
    expect(f.statusDistribution).toEqual([
      { status: 'received', count: 2 },
      { status: 'in_review', count: 1 },
      { status: 'in_progress', count: 0 },
      { status: 'done', count: 1 },
      { status: 'declined', count: 0 },
    ]);
  });

  it('takes the median time to the first status change or public answer', async () => {
    expect((await figures(managerA)).medianHoursToFirstAnswer).toBe(7.5);
    expect((await figures(managerA, '?kind=proposal')).medianHoursToFirstAnswer).toBeNull();
    // The admin also sees quarter B's 1 h: median of 1, 5, 10.
    expect((await figures(admin)).medianHoursToFirstAnswer).toBe(5);
  });

  it('lists supports per proposal, most first, and applies the inbox filters', async () => {
    const f = await figures(managerA);
    expect(f.supportsPerProposal).toEqual([
      { id: idea.id, title: 'Bäume pflanzen', quarterId: QUARTER_A, count: 2 },
      { id: other.id, title: 'Anderswo', quarterId: QUARTER_A, count: 1 },
    ]);
    const filtered = await figures(managerA, '?theme=segregation');
    expect(filtered.byTopic).toEqual([{ topicId: 'wohnen-wohnumfeld', count: 1 }]);
    expect(filtered.supportsPerProposal).toEqual([]);
    expect((await figures(managerA, `?quarterId=${QUARTER_B}`)).byQuarterMonth).toEqual([]);
  });
});
