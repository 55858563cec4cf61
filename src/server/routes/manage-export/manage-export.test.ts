import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, feedback, proposal, QUARTER_A, QUARTER_B } from '../../test/factories';
import { login, postBatch, startTestApp, type LoggedIn, type TestApp } from '../../test/support';

let t: TestApp;
let managerA: LoggedIn;
const tricky = feedback({
  text: 'Grüße aus Kühnhausen; "Straße" kaputt\nzweite Zeile',
  location: { lat: 51.0123, lng: 10.9876 },
  contact: { name: 'Jörg Müller', email: 'joerg@example.org' },
});
const lateEvening = '2026-12-07T23:28:02.615Z';
const formula = proposal({ createdAt: lateEvening, title: '=HYPERLINK("http://evil")', text: '@SUM(A1)', locale: 'ar' });
const inB = feedback({ quarterId: QUARTER_B, text: 'Nur in Tiefthal' });

beforeAll(async () => {
  t = await startTestApp();
  await createUser(t.ctx.db, { email: 'a@example.org', password: 'pw-for-manager-a', role: 'manager', quarterIds: [QUARTER_A] });
  await postBatch(t.app, [tricky, formula, inB]);
  managerA = await login(t.app, 'a@example.org', 'pw-for-manager-a');
}, 60_000);
afterAll(async () => {
  await t.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: managerA.cookie } });

/** A reader for what we write (RFC 4180 with `;`), to check the file as a spreadsheet sees it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ';') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('GET /api/v1/manage/export.csv', () => {
  it('is UTF-8 with BOM, one row per item, umlauts and line breaks intact, no contact by default', async () => {
    const response = await get('/api/v1/manage/export.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="quartiersstimme-export-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(response.body.replace(/^\uFEFF/, ''));
    expect(header).toContain('public_response');
    expect(header?.some((h) => h.startsWith('contact'))).toBe(false);
    expect(response.body).not.toContain('joerg@example.org');
    expect(rows).toHaveLength(2);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const first = rows.find((r) => r[col('id')] === tricky.id);
    expect(first?.[col('text')]).toBe('Grüße aus Kühnhausen; "Straße" kaputt\nzweite Zeile');
    expect(first?.[col('quarter')]).toBe('Kühnhausen');
    // Decimal comma beside the `;`: German Excel reads the point as a thousands separator.
    expect([first?.[col('lat')], first?.[col('lng')]]).toEqual(['51,0123', '10,9876']);
    const second = rows.find((r) => r[col('id')] === formula.id);
    expect(second?.[col('title')]).toBe('\'=HYPERLINK("http://evil")');
    expect(second?.[col('text')]).toBe("'@SUM(A1)");
    expect(second?.[col('supports')]).toBe('0');
    // UTC for tools, and the city's clock for people: 23:28 UTC in December is the next day in Erfurt.
    expect([second?.[col('created_at')], second?.[col('created_local')]]).toEqual([lateEvening, '2026-12-08 00:28:02']);
    expect(second?.[col('received_local')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    // The resident's language: code for tools, German name for people.
    expect([second?.[col('locale')], second?.[col('language')]]).toEqual(['ar', 'Arabisch']);
    expect([first?.[col('locale')], first?.[col('language')]]).toEqual(['de', 'Deutsch']);
    expect(response.body).not.toContain('Tiefthal');
  });

  it('adds contact columns only when asked, and audit-logs both kinds of export', async () => {
    const response = await get('/api/v1/manage/export.csv?includeContact=true&kind=feedback');
    const [header, row] = parseCsv(response.body.replace(/^\uFEFF/, ''));
    expect(header?.slice(-3)).toEqual(['contact_name', 'contact_email', 'contact_phone']);
    expect(row?.slice(-3)).toEqual(['Jörg Müller', 'joerg@example.org', '']);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['user_id', 'detail']).where('action', '=', 'export').orderBy('id').execute();
    expect(audit.map((a) => JSON.parse(a.detail ?? '{}') as { includeContact: boolean }).map((d) => d.includeContact)).toEqual([false, true]);
    expect(audit.every((a) => a.user_id === managerA.user.id)).toBe(true);
  });

  it('refuses bad filters with 400', async () => {
    expect((await get('/api/v1/manage/export.csv?status=lost')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/manage/export.geojson', () => {
  it('holds the caller’s located items as Point features, [lng, lat]', async () => {
    const response = await get('/api/v1/manage/export.geojson');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/\.geojson"$/);
    const doc = JSON.parse(response.body) as { type: string; features: Array<{ geometry: { coordinates: number[] }; properties: Record<string, unknown> }> };
    expect(doc.type).toBe('FeatureCollection');
    expect(doc.features).toHaveLength(1);
    expect(doc.features[0]?.geometry.coordinates).toEqual([10.9876, 51.0123]);
    expect(doc.features[0]?.properties).toMatchObject({ id: tricky.id, quarter: 'Kühnhausen' });
    expect(doc.features[0]?.properties).not.toHaveProperty('contact_email');
  });
});
