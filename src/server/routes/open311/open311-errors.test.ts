import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeKey } from '../../auth/api-key';
import { Open311Client, type Answer, type Format } from '../../test/open311-client';
import { startTestApp, type TestApp } from '../../test/support';

// Every error the specification's client can meet, in JSON and XML: the HTTP status and the spec's
// error list ([{code, description}] / <errors><error>…), with the code matching the status.

const HERRENBERG = { lat: '50.959634', long: '11.059843' };

let t: TestApp;
let origin: string;
let key: string;
let revokedKey: string;

beforeAll(async () => {
  t = await startTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  key = (await createApiKey(t.ctx.db, 'Bürgerservice')).key;
  const old = await createApiKey(t.ctx.db, 'Altsystem');
  await revokeKey(t.ctx.db, old);
  revokedKey = old.key;
}, 60_000);
afterAll(async () => {
  await t.close();
});

function expectError(answer: Answer<unknown>, format: Format, status: number, says: RegExp): void {
  expect(answer.status, answer.raw).toBe(status);
  expect(answer.contentType).toBe(format === 'json' ? 'application/json; charset=utf-8' : 'text/xml; charset=utf-8');
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors?.[0]?.code).toBe(status);
  expect(answer.errors?.[0]?.description).toMatch(says);
}

describe.each<Format>(['json', 'xml'])('Open311 errors in %s', (format) => {
  let client: Open311Client;
  const valid = () => ({ api_key: key, service_code: 'sonstiges', ...HERRENBERG, description: 'Der Gehweg ist zugeparkt.' });

  beforeAll(async () => {
    client = new Open311Client(`${origin}/open311`, format);
    await client.discover();
  });

  it('403 without an API key, with an unknown one, and with a revoked one', async () => {
    const { api_key: _key, ...withoutKey } = valid();
    expectError(await client.createRequest(withoutKey), format, 403, /api_key is missing/);
    expectError(await client.createRequest({ ...valid(), api_key: '' }), format, 403, /api_key is missing/);
    expectError(await client.createRequest({ ...valid(), api_key: 'qs311_guessed' }), format, 403, /Invalid api_key/);
    expectError(await client.createRequest({ ...valid(), api_key: revokedKey }), format, 403, /revoked/);
    // The key is checked first: a request without one is refused whatever else is wrong.
    expectError(await client.createRequest({ service_code: 'nope' }), format, 403, /api_key is missing/);
  });

  it('404 for an unknown service, request or path', async () => {
    expectError(await client.createRequest({ ...valid(), service_code: 'schlagloecher' }), format, 404, /service_code schlagloecher was not found/);
    expectError(await client.serviceDefinition('schlagloecher'), format, 404, /service_code schlagloecher was not found/);
    expectError(await client.request('00000000-0000-4000-8000-000000000000'), format, 404, /was not found/);
    expectError(await client.request('not-a-uuid'), format, 404, /service_request_id not-a-uuid was not found/);
    expectError(await client.raw(`/tokens/abc.${format}`), format, 404, /does not exist/);
  });

  it('400 for a point outside every quarter, missing fields, and what the app does not take', async () => {
    expectError(await client.createRequest({ ...valid(), lat: '52.520008', long: '13.404954' }), format, 400, /outside every quarter/);
    const { lat: _lat, long: _long, ...withoutPoint } = valid();
    expectError(await client.createRequest({ ...withoutPoint, address_string: 'Domplatz 1' }), format, 400, /lat and long are required/);
    expectError(await client.createRequest({ ...valid(), lat: 'north' }), format, 400, /^lat: /);
    expectError(await client.createRequest({ ...valid(), lat: '91' }), format, 400, /lat must be between -90 and 90/);
    expectError(await client.createRequest({ ...valid(), description: '  ' }), format, 400, /description was not provided/);
    const { service_code: _code, ...withoutService } = valid();
    expectError(await client.createRequest(withoutService), format, 400, /service_code was not provided/);
    expectError(await client.createRequest({ ...valid(), email: 'not-an-address' }), format, 400, /^email: /);
    expectError(await client.createRequest({ ...valid(), description: 'x'.repeat(4001) }), format, 400, /^description: /);
    expectError(await client.createRequest({ ...valid(), media_url: 'https://example.org/a.jpg' }), format, 400, /media_url is not supported/);
    expectError(await client.createRequest({ ...valid(), address_id: '545483' }), format, 400, /address_id is not supported/);
    expectError(await client.createRequest({ ...valid(), 'attribute[WHISPAWN]': '123' }), format, 400, /no attributes/);
  });

  it('400 for a bad date range or status, in the list', async () => {
    expectError(await client.requests({ start_date: '2026-03-01T00:00:00Z', end_date: '2026-02-01T00:00:00Z' }), format, 400, /end_date is before start_date/);
    expectError(await client.requests({ start_date: '2025-01-01T00:00:00Z', end_date: '2025-06-01T00:00:00Z' }), format, 400, /more than 90 days/);
    expectError(await client.requests({ start_date: 'yesterday' }), format, 400, /^start_date: .*w3 format/);
    expectError(await client.requests({ status: 'pending' }), format, 400, /^status: /);
  });

  it('400 for a format other than json or xml, 415 for a body that is not form-encoded', async () => {
    const csv = await client.raw('/services.csv');
    // The URL names no format the client could read, so the answer is XML, the specification's required format.
    expect(csv.status).toBe(400);
    expect(csv.raw).toContain('<description>Ask for .json or .xml</description>');
    const asJson = await client.raw(`/requests.${format}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(valid()) });
    expectError(asJson, format, 415, /form-encoded/);
  });

  it('answers the router’s own refusals (a broken escape, an over-long id) in the same shape', async () => {
    expectError(await client.raw(`/requests/%zz.${format}`), format, 400, /percent-encoding/);
    expectError(await client.raw(`/requests/${'a'.repeat(600)}.${format}`), format, 414, /too long/);
  });
});

describe('the rate limit per API key', () => {
  let limited: TestApp;
  let limitedOrigin: string;
  beforeAll(async () => {
    limited = await startTestApp({ open311RateLimitMax: 3 });
    await limited.app.listen({ host: '127.0.0.1', port: 0 });
    limitedOrigin = `http://127.0.0.1:${(limited.app.server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await limited.close();
  });

  it('answers 429 with Retry-After past the limit, in the spec’s shape, and counts each key on its own', async () => {
    const client = new Open311Client(`${limitedOrigin}/open311`, 'json');
    await client.discover();
    const own = (await createApiKey(limited.ctx.db, 'Fleißig')).key;
    const other = (await createApiKey(limited.ctx.db, 'Geduldig')).key;
    const send = (apiKey: string) => client.createRequest({ api_key: apiKey, service_code: 'sonstiges', ...HERRENBERG, description: 'Noch ein Hinweis.' });
    for (let i = 0; i < 3; i++) expect((await send(own)).status).toBe(200);
    const refused = await send(own);
    expectError(refused, 'json', 429, /Too many requests/);
    const retry = await fetch(`${limitedOrigin}/open311/v2/requests.xml`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ api_key: own, service_code: 'sonstiges', ...HERRENBERG, description: 'x' }).toString(),
    });
    expect(retry.status).toBe(429);
    expect(Number(retry.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send(other)).status).toBe(200);
  });
});
