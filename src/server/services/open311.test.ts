import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open311NewRequestSchema, open311RequestsQuerySchema } from '../../shared/open311';
import { startTestApp, type TestApp } from '../test/support';
import { dateRange, open311Filter } from './open311-list';
import { createOpen311Request, quarterAt } from './open311-request';
import { deleteExpiredContacts } from './retention';

const NOW = new Date('2026-12-06T12:00:00.000Z');
const DAY = 86_400_000;
const query = (q: Record<string, string>) => open311RequestsQuerySchema.parse(q);

describe('the Open311 list’s defaults and limits', () => {
  it('defaults to the 90 days up to now, or 90 days from start_date, or up to end_date', () => {
    expect(dateRange(undefined, undefined, NOW)).toEqual({ from: new Date(NOW.getTime() - 90 * DAY), to: NOW });
    expect(dateRange('2026-01-01', undefined, NOW)).toEqual({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') });
    expect(dateRange(undefined, '2026-04-01T02:00:00+02:00', NOW)).toEqual({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') });
    expect(dateRange('2026-01-01T00:00:00Z', '2026-03-31T23:59:59Z', NOW).to).toEqual(new Date('2026-03-31T23:59:59Z'));
  });

  it('refuses a range that ends before it starts or spans more than 90 days', () => {
    expect(() => dateRange('2026-02-01', '2026-01-01', NOW)).toThrow('end_date is before start_date');
    expect(() => dateRange('2026-01-01', '2026-04-01T00:00:01Z', NOW)).toThrow('more than 90 days');
  });

  it('lets ids override every other argument, and maps open/closed onto the app’s statuses', () => {
    const id = '3f1c2b4a-0000-4000-8000-000000000001';
    expect(open311Filter(query({ service_request_id: `${id}, nonsense`, status: 'closed', start_date: '2026-01-01' }), NOW)).toEqual({ ids: [id] });
    expect(open311Filter(query({ status: 'closed', service_code: 'a,b' }), NOW)).toEqual({
      from: new Date(NOW.getTime() - 90 * DAY).toISOString(),
      to: NOW.toISOString(),
      topicIds: ['a', 'b'],
      statuses: ['done', 'declined'],
    });
    expect(open311Filter(query({ status: 'open,closed', service_code: '' }), NOW)).toMatchObject({ statuses: ['received', 'in_review', 'in_progress', 'done', 'declined'] });
    expect(open311Filter(query({}), NOW)).not.toHaveProperty('topicIds');
    const many = Array.from({ length: 1001 }, () => id).join(',');
    expect(() => open311Filter(query({ service_request_id: many }), NOW)).toThrow('at most 1000 ids');
  });
});

describe('Open311 requests in the store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('finds the quarter by point-in-polygon, and none outside the city', () => {
    expect(quarterAt(t.ctx.catalog, 50.959634, 11.059843)).toBe('erfurt-15-herrenberg');
    expect(quarterAt(t.ctx.catalog, 50.97683, 11.03166)).toBe('erfurt-1-altstadt');
    expect(quarterAt(t.ctx.catalog, 52.520008, 13.404954)).toBeUndefined();
  });

  it('gives a point just outside the (thinned) city border to the nearest quarter, up to 100 m', () => {
    // The northernmost vertex of all quarters lies on the city's outer border; north of it is outside.
    const [lng, lat, id] = t.ctx.catalog.quarters.features
      .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat().flat().map(([x = 0, y = 0]) => [x, y, f.properties.id] as const))
      .reduce((north, point) => (point[1] > north[1] ? point : north));
    expect(quarterAt(t.ctx.catalog, lat + 0.0004, lng)).toBe(id); // about 45 m north
    expect(quarterAt(t.ctx.catalog, lat + 0.005, lng)).toBeUndefined(); // about 560 m north
  });

  it('records which key brought an item in, and deletes its contact data like any contact', async () => {
    const key = { id: 'k1', name: 'Bürgerservice' };
    const body = open311NewRequestSchema.parse({ service_code: 'sonstiges', lat: '50.959634', long: '11.059843', description: 'Müll am Teich', address_string: 'Teichweg', email: 'ida@example.org', phone: '0361 1' });
    const { id, receipt } = await createOpen311Request({ db: t.ctx.db, catalog: t.ctx.catalog }, key, body, 'de');
    expect(receipt).toMatch(/^ERF-/);
    const row = await t.ctx.db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'feedback', moderation: 'pending', status: 'received', quarter_id: 'erfurt-15-herrenberg', contact: JSON.stringify({ email: 'ida@example.org', phone: '0361 1' }) });
    expect(JSON.parse(row.payload)).toMatchObject({ text: 'Müll am Teich\n\nOrt: Teichweg', visibility: 'public', location: { lat: 50.959634, lng: 11.059843 } });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'target', 'detail']).where('action', '=', 'open311_request').execute();
    expect(audit).toEqual([{ action: 'open311_request', target: `submission:${id}`, detail: JSON.stringify({ apiKey: 'Bürgerservice', apiKeyId: 'k1' }) }]);

    const closedAt = new Date();
    await t.ctx.db.updateTable('submissions').set({ status: 'done' }).where('id', '=', id).execute();
    await t.ctx.db.insertInto('submission_history').values({ submission_id: id, at: closedAt.toISOString(), status: 'done', moderation: null, public_response: null, reason: null, note: null, actor_user_id: null }).execute();
    expect(await deleteExpiredContacts(t.ctx.db, 0, new Date(closedAt.getTime() + 1000))).toEqual([id]);
    expect((await t.ctx.db.selectFrom('submissions').select('contact').where('id', '=', id).executeTakeFirstOrThrow()).contact).toBeNull();
  });
});
