import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits';
import { listenOnFreePort, rawGet, rawRequest, type RawAnswer } from '../test/raw-http';
import { json, startTestApp, type TestApp } from '../test/support';

// Fastify's and Node's own refusals answer in the API's shape with a code a person can read. The URL
// cases go through inject and once through a real socket each: inject parses the URL itself.

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await startTestApp();
  port = await listenOnFreePort(t.app);
});
afterAll(async () => {
  await t.close();
});

const body = (answer: RawAnswer) => JSON.parse(answer.body) as unknown;
const shaped = (code: string) => ({ error: { code, message: expect.any(String) } });

describe('a malformed percent-encoding in the path', () => {
  const urls = ['/api/v1/media/%E0%A4%A', '/api/v1/receipts/%zz', '/api/v1/health%zz'];

  it.each(urls)('%s answers 400 bad_url (inject)', async (url) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(json(response)).toEqual(shaped('bad_url'));
  });

  it.each(urls)('%s answers 400 bad_url (HTTP)', async (url) => {
    const answer = await rawGet(port, url);
    expect(answer.status).toBe(400);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(body(answer)).toEqual(shaped('bad_url'));
  });
});

describe('an oversized path parameter', () => {
  const url = `/api/v1/media/${'a'.repeat(5000)}`;

  it('answers 414 url_too_long without echoing the address (inject)', async () => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(414);
    expect(json(response)).toEqual(shaped('url_too_long'));
    expect(response.body.length).toBeLessThan(200);
  });

  it('answers 414 url_too_long (HTTP)', async () => {
    const answer = await rawGet(port, url);
    expect(answer.status).toBe(414);
    expect(body(answer)).toEqual(shaped('url_too_long'));
  });
});

describe('bodies', () => {
  it('in another media type than JSON answer 415 unsupported_media_type', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/submissions', headers: { 'content-type': type }, payload: 'items=1' });
      expect(response.statusCode, type).toBe(415);
      expect(json(response)).toEqual({ error: { code: 'unsupported_media_type', message: 'Send the body as application/json' } });
    }
  });

  it('above the limit answer 413 payload_too_large', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ items: ['x'.repeat(LIMITS.batchMaxBytes)] }),
    });
    expect(response.statusCode).toBe(413);
    expect(json(response)).toEqual(shaped('payload_too_large'));
  });

  it('shorter than their Content-Length answer 400 invalid_content_length', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { 'content-type': 'application/json', 'content-length': '50' },
      payload: '{"items":[]}',
    });
    expect(response.statusCode).toBe(400);
    expect(json(response)).toEqual(shaped('invalid_content_length'));
  });
});

describe('requests Node cannot parse (HTTP only)', () => {
  it('a Content-Length that is not a number answers 400 invalid_content_length', async () => {
    const answer = await rawRequest(
      port,
      'POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}',
    );
    expect(answer.status).toBe(400);
    expect(body(answer)).toEqual(shaped('invalid_content_length'));
  });

  it('headers over the limit answer 431 headers_too_large', async () => {
    const answer = await rawRequest(port, `GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer.status).toBe(431);
    expect(body(answer)).toEqual(shaped('headers_too_large'));
  });

  it('bytes that are not HTTP answer 400 bad_request', async () => {
    const answer = await rawRequest(port, 'HELLO THERE\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(body(answer)).toEqual(shaped('bad_request'));
  });
});

describe('paths and methods no route takes', () => {
  it('an unknown API path answers 404 not_found in JSON (inject and HTTP)', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(json(response)).toEqual({ error: { code: 'not_found', message: 'Not found' } });
    const answer = await rawGet(port, '/api/v1/nothing-here?x=1');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(body(answer)).toEqual({ error: { code: 'not_found', message: 'Not found' } });
  });

  it('a known API path with another method answers 405 method_not_allowed with Allow', async () => {
    const health = await t.app.inject({ method: 'DELETE', url: '/api/v1/health' });
    expect(health.statusCode).toBe(405);
    expect(health.headers.allow).toBe('GET, HEAD');
    expect(json(health)).toEqual(shaped('method_not_allowed'));

    const media = await rawGet(port, `/api/v1/media/${randomUUID()}?download=1`, 'POST');
    expect(media.status).toBe(405);
    expect(media.headers.allow).toBe('GET, HEAD, PUT');
    expect(body(media)).toEqual(shaped('method_not_allowed'));

    const manage = await t.app.inject({ method: 'PUT', url: '/api/v1/manage/session' });
    expect(manage.statusCode).toBe(405);
    expect(manage.headers.allow).toMatch(/DELETE/);
  });
});
