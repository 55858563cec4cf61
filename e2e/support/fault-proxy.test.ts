import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FaultProxy } from './fault-proxy';

// A throwaway upstream that records what reached it, so "stored but answer lost" can be told from "never arrived".
interface Received {
  method: string;
  url: string;
  body: string;
  host: string | undefined;
}

let upstream: Server;
let upstreamUrl: string;
const received: Received[] = [];

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with a fresh connection; resolves with the answer or rejects with the socket error code. */
function send(url: string, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', body, host: req.headers.host });
      res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': 'yes' });
      res.end(JSON.stringify({ echo: body, url: req.url }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', () => resolve()));
  const address = upstream.address();
  if (address === null || typeof address === 'string') throw new Error('no upstream address');
  upstreamUrl = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

describe('FaultProxy', () => {
  let proxy: FaultProxy;

  afterEach(async () => {
    received.length = 0;
    await proxy.close();
  });

  it('passes requests through with body, status, headers and the original Host', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    const answer = await send(`${proxy.url}/api/v1/submissions?x=1`, 'POST', '{"a":1}');
    expect(answer.status).toBe(200);
    expect(answer.headers['x-upstream']).toBe('yes');
    expect(JSON.parse(answer.body)).toEqual({ echo: '{"a":1}', url: '/api/v1/submissions?x=1' });
    expect(received).toEqual([
      { method: 'POST', url: '/api/v1/submissions?x=1', body: '{"a":1}', host: `127.0.0.1:${proxy.port}` },
    ]);
    expect(proxy.hits('/api/v1/submissions', 'POST')).toBe(1);
    expect(proxy.hits('/api/v1/submissions', 'GET')).toBe(0);
    expect(proxy.hits('/api/v1/submissions')).toBe(1);
  });

  it('drop-response-after-commit: the server gets the request, the client gets no answer', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    proxy.failNext({ method: 'POST', path: '/api/v1/submissions', mode: 'drop-response-after-commit' });
    const failure = await send(`${proxy.url}/api/v1/submissions`, 'POST', 'first').then(
      () => undefined,
      (error: unknown) => errorCode(error),
    );
    expect(failure).toBe('ECONNRESET');
    expect(received.map((r) => r.body)).toEqual(['first']);
    expect(proxy.log()[0]).toMatchObject({ mode: 'drop-response-after-commit', upstreamStatus: 200 });

    // The fault was for the next request only: the retry goes through.
    expect(proxy.pendingFaults()).toBe(0);
    const retry = await send(`${proxy.url}/api/v1/submissions`, 'POST', 'second');
    expect(retry.status).toBe(200);
    expect(received.map((r) => r.body)).toEqual(['first', 'second']);
    expect(proxy.hits('/api/v1/submissions', 'POST')).toBe(2);
  });

  it('applies a rule only to matching method and path, for the next N requests', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    proxy.failNext({ method: 'POST', path: /^\/api\/v1\/submissions$/, mode: 'status', status: 503, times: 2 });
    expect((await send(`${proxy.url}/api/v1/submissions`, 'GET')).status).toBe(200);
    expect((await send(`${proxy.url}/api/v1/health`, 'POST')).status).toBe(200);
    expect((await send(`${proxy.url}/api/v1/submissions`, 'POST', 'x')).status).toBe(503);
    expect((await send(`${proxy.url}/api/v1/submissions`, 'POST', 'x')).status).toBe(503);
    expect((await send(`${proxy.url}/api/v1/submissions`, 'POST', 'x')).status).toBe(200);
    expect(received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/v1/submissions',
      'POST /api/v1/health',
      'POST /api/v1/submissions',
    ]);
  });

  it('status: answers 429 with Retry-After and a JSON error body, without forwarding', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    proxy.setMode({ mode: 'status', status: 429, retryAfter: 7 });
    const answer = await send(`${proxy.url}/api/v1/submissions`, 'POST', 'x');
    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toBe('7');
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'rate_limited', message: 'Fault proxy answered 429.' } });
    expect(received).toEqual([]);
  });

  it('reset: the connection dies at once and nothing is forwarded', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    proxy.setMode('reset');
    const failure = await send(`${proxy.url}/x`).then(
      () => undefined,
      (error: unknown) => errorCode(error),
    );
    expect(failure).toBe('ECONNRESET');
    expect(received).toEqual([]);
    expect(proxy.hits('/x')).toBe(1);
  });

  it('hang: no answer until reset() releases the request', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    proxy.setMode('hang');
    let settled = false;
    const pending = send(`${proxy.url}/slow`).then(
      () => 'answered',
      (error: unknown) => errorCode(error),
    );
    void pending.finally(() => (settled = true));
    await expect.poll(() => proxy.hits('/slow')).toBe(1);
    // Give the event loop a few turns: a hanging request must still be open.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    proxy.reset();
    expect(await pending).toBe('ECONNRESET');
    expect(proxy.hits('/slow')).toBe(0);
    expect((await send(`${proxy.url}/fast`)).status).toBe(200);
  });

  it('reset-after-commit: the server gets the request, the client a reset instead of the answer', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    proxy.failNext({ method: 'POST', path: '/api/v1/submissions', mode: 'reset-after-commit' });
    const failure = await send(`${proxy.url}/api/v1/submissions`, 'POST', 'stored').then(
      () => undefined,
      (error: unknown) => errorCode(error),
    );
    expect(failure).toBe('ECONNRESET');
    expect(received.map((r) => r.body)).toEqual(['stored']);
    expect(proxy.log()[0]).toMatchObject({ mode: 'reset-after-commit', upstreamStatus: 200 });
    expect(proxy.log()[0]?.status, 'the client got no status').toBeUndefined();
  });

  it('logs arrival and end times, the status sent, Retry-After and the item ids of a JSON batch', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    proxy.failNext({ path: '/api/v1/submissions', mode: 'status', status: 503, retryAfter: () => 3 });
    const before = Date.now();
    const batch = JSON.stringify({ items: [{ id: 'a' }, { id: 'b' }] });
    const req = request(`${proxy.url}/api/v1/submissions`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json' },
    });
    const answered = new Promise<number>((resolve) =>
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      }),
    );
    req.end(batch);
    expect(await answered).toBe(503);
    await send(`${proxy.url}/api/v1/submissions`, 'POST', batch);
    const [first, second] = proxy.requests('/api/v1/submissions', 'POST');
    expect(first).toMatchObject({ mode: 'status', status: 503, retryAfter: '3', itemIds: ['a', 'b'] });
    expect(first?.at).toBeGreaterThanOrEqual(before);
    expect(first?.endedAt).toBeGreaterThanOrEqual(first?.at ?? Infinity);
    // Without a JSON content type the body is not read for ids.
    expect(second).toMatchObject({ mode: 'pass', status: 200 });
    expect(second?.itemIds).toBeUndefined();
  });

  it('hold: parks the request until the test forwards it', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    proxy.failNext({ method: 'POST', path: '/api/v1/submissions', mode: 'hold' });
    const pending = send(`${proxy.url}/api/v1/submissions`, 'POST', 'parked');
    const held = await proxy.nextHeld();
    expect(held.body.toString()).toBe('parked');
    expect(received).toEqual([]);
    expect(held.clientGone).toBe(false);
    expect(await held.forward()).toBe(200);
    expect((await pending).status).toBe(200);
    expect(received.map((r) => r.body)).toEqual(['parked']);
    expect(() => held.forward()).toThrow(/already/);
  });

  it('hold: a request whose client went away can still be forwarded; the answer is thrown away', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    proxy.failNext({ path: '/late', mode: 'hold' });
    const client = request(`${proxy.url}/late`, { method: 'POST', agent: false });
    client.on('error', () => undefined);
    client.end('late body');
    const held = await proxy.nextHeld();
    client.destroy();
    await expect.poll(() => held.clientGone).toBe(true);
    expect(await held.forward()).toBe(200);
    expect(received.map((r) => r.body)).toEqual(['late body']);
  });

  it('hold: forward with a lost answer, or reset, and reset() releases what is still held', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    proxy.failNext({ path: '/h', mode: 'hold', times: 3 });
    const outcome = (body: string) =>
      send(`${proxy.url}/h`, 'POST', body).then(
        (answer) => String(answer.status),
        (error: unknown) => errorCode(error),
      );
    const lost = outcome('one');
    const refused = outcome('two');
    const forgotten = outcome('three');
    const first = await proxy.nextHeld();
    const second = await proxy.nextHeld();
    await proxy.nextHeld();
    expect(await first.forward({ answer: 'reset' })).toBe(200);
    expect(await lost).toBe('ECONNRESET');
    second.reset();
    expect(await refused).toBe('ECONNRESET');
    proxy.reset();
    expect(await forgotten).toBe('ECONNRESET');
    expect(received.map((r) => r.body)).toEqual(['one']);
    await expect(proxy.nextHeld(50)).rejects.toThrow(/No request was held/);
  });

  it('rewrite: the client gets the changed body, fresh from the server, without validators', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl });
    proxy.failNext({ method: 'GET', path: '/sw.js', mode: 'rewrite', rewrite: (body) => `${body}/* v2 */` });
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = request(`${proxy.url}/sw.js`, {
        agent: false,
        headers: { 'if-none-match': '"old"', 'accept-encoding': 'gzip' },
      });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(`${JSON.stringify({ echo: '', url: '/sw.js' })}/* v2 */`);
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(answer.body)));
    expect(answer.headers.etag).toBeUndefined();
    expect(proxy.log()[0]).toMatchObject({ mode: 'rewrite', status: 200 });
  });

  it('answers 502 when the upstream is down', async () => {
    proxy = await FaultProxy.start({ target: 'http://127.0.0.1:9' });
    const answer = await send(`${proxy.url}/api/v1/health`);
    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'bad_gateway' } });
  });

  it('keepAlive: false makes every answer close its connection', async () => {
    proxy = await FaultProxy.start({ target: upstreamUrl, keepAlive: false });
    const answer = await send(`${proxy.url}/a`);
    expect(answer.headers.connection).toBe('close');
  });
});
