import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../auth/api-key';
import { PROJECT_ROOT } from '../../config';
import { createUser } from '../../test/factories';
import { Open311Client, type Format, type ServiceRequest } from '../../test/open311-client';
import { json, login, startTestApp, writeHeaders, type LoggedIn, type TestApp } from '../../test/support';

// The whole GeoReport v2 conversation, by a client that knows only the specification
// (test/open311-client.ts), over real HTTP, in JSON and in XML: discovery → services → service
// definition → POST a request → GET it → a manager publishes it (manager API) → it is listed →
// closed with a public answer → status closed and status_notes. Then every error case, and that no
// answer ever carries the contact data sent with the request.

const topics = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'seeds/erfurt/topics.json'), 'utf8')) as Array<{ id: string; label: { de: string; en: string } }>;
/** Inside Herrenberg (seeds/erfurt/centres.json), to six decimals: more exact than the public map. */
const HERRENBERG = { lat: '50.959634', long: '11.059843' };
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

let t: TestApp;
let origin: string;
let manager: LoggedIn;
let key: string;

beforeAll(async () => {
  t = await startTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  key = (await createApiKey(t.ctx.db, 'Bürgerservice')).key;
  await createUser(t.ctx.db, { email: 'qm@example.org', password: 'pw-manager-1', role: 'manager', quarterIds: ['erfurt-15-herrenberg'] });
  manager = await login(t.app, 'qm@example.org', 'pw-manager-1');
}, 60_000);
afterAll(async () => {
  await t.close();
});

const manage = (id: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/manage/submissions/${id}`, headers: writeHeaders(manager), payload });

describe.each<Format>(['json', 'xml'])('Open311 GeoReport v2 in %s', (format) => {
  let client: Open311Client;
  const contact = { email: `anna.${format}@example.org`, first_name: `Anna${format}`, last_name: `Quelle${format}`, phone: `0361 555 ${format === 'json' ? '101' : '202'}` };
  const description = `Die Straßenlaterne vor dem Spielplatz ist seit Tagen dunkel (${format}) & flackert <nachts>.`;
  let id = '';
  let requestedAt = '';

  beforeAll(() => {
    client = new Open311Client(`${origin}/open311`, format);
  });

  it('discovery names the GeoReport v2 endpoint, its formats and how to get a key', async () => {
    const answer = await client.discover();
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe(format === 'json' ? 'application/json; charset=utf-8' : 'text/xml; charset=utf-8');
    const endpoint = answer.data?.endpoints[0];
    expect(endpoint).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', url: `${origin}/open311/v2`, type: 'production' });
    expect(endpoint?.formats).toEqual(expect.arrayContaining(['text/xml', 'application/json']));
    expect(answer.data?.key_service).toContain('api-key create');
    expect(answer.data?.changeset).not.toBe('');
  });

  it('lists one service per topic, grouped by working group, with no metadata to fetch', async () => {
    const answer = await client.services();
    expect(answer.status).toBe(200);
    const services = answer.data ?? [];
    expect(services.map((s) => s.service_code)).toEqual(topics.map((topic) => topic.id));
    expect(services.map((s) => s.service_name)).toEqual(topics.map((topic) => topic.label.de));
    for (const service of services) {
      expect(service).toMatchObject({ metadata: false, type: 'realtime' });
      expect(service.group).not.toBe('');
      expect(service.description).toContain(service.service_name);
      expect(service.keywords.split(', ').length).toBeGreaterThan(1);
    }
    expect(services.find((s) => s.service_code === 'gruen-spielplaetze-sauberkeit')?.group).toBe('Sozialraum & Ressourcen');
    const english = await client.services({ locale: 'en' });
    expect(english.data?.find((s) => s.service_code === 'gruen-spielplaetze-sauberkeit')).toMatchObject({
      service_name: 'Green spaces, playgrounds & cleanliness',
      group: 'Social space & resources',
    });
  });

  it('gives a service definition without custom attributes', async () => {
    const answer = await client.serviceDefinition('wege-mobilitaet-barrierefreiheit');
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ service_code: 'wege-mobilitaet-barrierefreiheit', attributes: [] });
  });

  it('takes a request, form-encoded, and answers its id at once (realtime)', async () => {
    const answer = await client.createRequest({
      api_key: key,
      jurisdiction_id: 'erfurt.de',
      service_code: 'wege-mobilitaet-barrierefreiheit',
      ...HERRENBERG,
      description,
      device_id: 'device-123',
      ...contact,
    });
    expect(answer.status).toBe(200);
    expect(answer.data).toHaveLength(1);
    id = answer.data?.[0]?.service_request_id ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.data?.[0]?.token).toBeUndefined();
    expect(answer.data?.[0]?.service_notice).toMatch(/ERF-[0-9A-Z]{4}-[0-9A-Z]{4}/);
  });

  it('shows the new request by id with its status only, and does not list it before it is published', async () => {
    const answer = await client.request(id);
    expect(answer.status).toBe(200);
    const request = answer.data?.[0];
    expect(request).toMatchObject({ service_request_id: id, status: 'open', service_code: 'wege-mobilitaet-barrierefreiheit' });
    expect(request?.requested_datetime).toMatch(W3C);
    requestedAt = request?.requested_datetime ?? '';
    expect(request?.description).toBeUndefined();
    expect(request?.lat).toBeUndefined();
    expect((await client.requests({ service_request_id: id })).data).toEqual([]);
    expect((await client.requests()).data?.map((r) => r.service_request_id)).not.toContain(id);
  });

  it('is the same item as in the managers’ inbox, with the contact data only there', async () => {
    const inbox = await t.app.inject({ method: 'GET', url: `/api/v1/manage/submissions/${id}`, headers: { cookie: manager.cookie } });
    expect(inbox.statusCode).toBe(200);
    expect(json(inbox)).toMatchObject({
      kind: 'feedback',
      quarterId: 'erfurt-15-herrenberg',
      topicId: 'wege-mobilitaet-barrierefreiheit',
      moderation: 'pending',
      status: 'received',
      contact: { name: `${contact.first_name} ${contact.last_name}`, email: contact.email, phone: contact.phone },
    });
  });

  it('lists it once a manager published it: the public view, location coarsened', async () => {
    expect((await manage(id, { moderation: 'published' })).statusCode).toBe(200);
    const listed = await client.requests();
    expect(listed.status).toBe(200);
    const request = listed.data?.find((r) => r.service_request_id === id);
    expect(request).toMatchObject<Partial<ServiceRequest>>({
      status: 'open',
      service_name: 'Wege, Mobilität & Barrierefreiheit',
      service_code: 'wege-mobilitaet-barrierefreiheit',
      description,
      address: 'Herrenberg, Erfurt',
      agency_responsible: 'Quartiersmanagement Herrenberg (Erfurt)',
      requested_datetime: requestedAt,
    });
    expect(request?.lat).toBeCloseTo(Number(HERRENBERG.lat), 3);
    expect(request?.long).toBeCloseTo(Number(HERRENBERG.long), 3);
    expect(request?.lat).not.toBe(Number(HERRENBERG.lat));
    expect(String(request?.lat).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(3);
    expect((await client.requests({ service_request_id: `${id},00000000-0000-4000-8000-000000000000` })).data?.map((r) => r.service_request_id)).toEqual([id]);
    expect((await client.requests({ status: 'open', service_code: 'wege-mobilitaet-barrierefreiheit' })).data?.map((r) => r.service_request_id)).toContain(id);
    expect((await client.requests({ service_code: 'sonstiges' })).data?.map((r) => r.service_request_id)).not.toContain(id);
    expect((await client.requests({ status: 'closed' })).data?.map((r) => r.service_request_id)).not.toContain(id);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await client.requests({ start_date: tomorrow })).data).toEqual([]);
    expect((await client.requests({ start_date: requestedAt, end_date: requestedAt })).data?.map((r) => r.service_request_id)).toEqual([id]);
  });

  it('shows a manager’s closing answer as status closed with status_notes and a later updated_datetime', async () => {
    const answer = 'Die Laterne wurde repariert. Danke für den Hinweis!';
    expect((await manage(id, { status: 'done', publicResponse: answer })).statusCode).toBe(200);
    const request = (await client.request(id)).data?.[0];
    expect(request).toMatchObject({ status: 'closed', status_notes: answer, description });
    expect(request?.updated_datetime).toMatch(W3C);
    expect(Date.parse(request?.updated_datetime ?? '')).toBeGreaterThan(Date.parse(requestedAt));
    expect((await client.requests({ status: 'closed' })).data?.map((r) => r.service_request_id)).toContain(id);
    expect((await client.requests({ status: 'open' })).data?.map((r) => r.service_request_id)).not.toContain(id);
  });

  it('never answers with the contact data it was sent', async () => {
    await client.discover();
    await client.services();
    await client.serviceDefinition('wege-mobilitaet-barrierefreiheit');
    await client.request(id);
    await client.requests();
    await client.requests({ service_request_id: id, locale: 'en' });
    expect(client.seen.length).toBeGreaterThan(15);
    for (const raw of client.seen) {
      for (const value of [contact.email, contact.first_name, contact.last_name, contact.phone, 'device-123']) expect(raw).not.toContain(value);
    }
  });
});
