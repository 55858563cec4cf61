import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { HttpError, parseAnswer, parseRetryAfter, request, requestJson, type FetchLike } from './http';

type Call = { url: string; init: RequestInit };

function answering(make: () => Response, calls: Call[] = []): FetchLike {
  return async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    return make();
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A server that never answers: the request only ends when its signal aborts. */
const silent: FetchLike = (_input, init) =>
  new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('request', () => {
  it('reads a JSON answer and an empty one', async () => {
    expect(await request('/a', { fetchImpl: answering(json(200, { n: 1 })) })).toMatchObject({ kind: 'ok', status: 200, body: { n: 1 } });
    expect(await request('/a', { fetchImpl: answering(() => new Response(null, { status: 204 })) })).toMatchObject({ kind: 'ok', status: 204, body: undefined });
  });

  it('asks for JSON, sends a JSON body, and adds write headers only to requests that change something', async () => {
    const calls: Call[] = [];
    const fetchImpl = answering(json(200, {}), calls);
    const writeHeaders = () => ({ 'x-csrf-token': 'tok' });
    await request('/read', { fetchImpl, writeHeaders });
    await request('/write', { fetchImpl, writeHeaders, method: 'PATCH', json: { a: 1 }, credentials: 'same-origin' });
    const [read, write] = calls.map((c) => ({ ...c, headers: new Headers(c.init.headers) }));
    expect(read?.headers.get('accept')).toBe('application/json');
    expect(read?.headers.get('x-csrf-token')).toBeNull();
    expect(write?.headers.get('x-csrf-token')).toBe('tok');
    expect(write?.headers.get('content-type')).toBe('application/json');
    expect(write?.init).toMatchObject({ method: 'PATCH', body: '{"a":1}', credentials: 'same-origin' });
  });

  it('says offline without trying when the device knows it has no connection', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const calls: Call[] = [];
    expect(await request('/a', { fetchImpl: answering(json(200, {}), calls) })).toEqual({ kind: 'offline' });
    expect(calls).toHaveLength(0);
  });

  it('tells a connection that dropped during the request (offline) from a server that did not answer (network)', async () => {
    const online = { onLine: true };
    vi.stubGlobal('navigator', online);
    const dropping: FetchLike = async () => {
      online.onLine = false;
      throw new TypeError('Failed to fetch');
    };
    expect(await request('/a', { fetchImpl: dropping })).toEqual({ kind: 'offline' });
    online.onLine = true;
    const refused: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await request('/a', { fetchImpl: refused })).toEqual({ kind: 'network' });
  });

  it('gives up after its deadline', async () => {
    vi.useFakeTimers();
    const pending = request('/slow', { fetchImpl: silent, timeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await pending).toEqual({ kind: 'timeout' });
  });

  it('rejects when the caller cancels, instead of reporting a failure nobody waits for', async () => {
    const caller = new AbortController();
    const pending = request('/slow', { fetchImpl: silent, signal: caller.signal });
    caller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('keeps the API error, its code and the Retry-After of a refusal', async () => {
    const outcome = await request('/a', {
      fetchImpl: answering(json(429, { error: { code: 'locked_out', message: 'Locked' } }, { 'retry-after': '120' })),
    });
    expect(outcome).toMatchObject({ kind: 'http', status: 429, error: { code: 'locked_out', message: 'Locked' }, retryAfterMs: 120_000 });
  });

  it('reads Retry-After given as a date against the caller’s clock', async () => {
    const at = Date.parse('2026-12-01T10:00:00Z');
    const outcome = await request('/a', {
      fetchImpl: answering(() => new Response('', { status: 503, headers: { 'retry-after': new Date(at + 30_000).toUTCString() } })),
      now: () => at,
    });
    expect(outcome).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 30_000 });
    expect(outcome).not.toHaveProperty('error');
  });

  it('calls a success that is not JSON a bad answer', async () => {
    expect(await request('/a', { fetchImpl: answering(() => new Response('<html>portal</html>', { status: 200 })) })).toEqual({ kind: 'bad_answer', status: 200 });
  });
});

describe('HttpError', () => {
  it('carries the API code, or names the failure when there is none', async () => {
    const fail = (make: () => Response) => requestJson('/a', { fetchImpl: answering(make) }).catch((e: unknown) => e);
    expect(await fail(json(404, { error: { code: 'not_found', message: 'No such item' } }))).toMatchObject({ kind: 'http', status: 404, code: 'not_found', message: 'No such item' });
    expect(await fail(() => new Response('<html>', { status: 502 }))).toMatchObject({ kind: 'http', status: 502, code: 'internal' });
    expect(await fail(() => new Response('', { status: 429, headers: { 'retry-after': '7' } }))).toMatchObject({ code: 'rate_limited', retryAfterMs: 7_000 });
    expect(await fail(() => new Response('nope', { status: 200 }))).toMatchObject({ kind: 'bad_answer', code: 'bad_answer' });
    const offline = HttpError.from({ kind: 'offline' });
    expect(offline).toBeInstanceOf(HttpError);
    expect(offline).toMatchObject({ status: 0, code: 'offline', retryAfterMs: 0 });
    expect(HttpError.from({ kind: 'timeout' }).code).toBe('timeout');
  });

  it('is what an answer that does not fit its schema becomes', () => {
    const schema = z.object({ id: z.string() });
    expect(parseAnswer(schema, { id: 'x' })).toEqual({ id: 'x' });
    expect(() => parseAnswer(schema, { id: 1 })).toThrow(HttpError);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds or an HTTP date; anything else, or a time gone by, is no wait', () => {
    expect(parseRetryAfter('5', 0)).toBe(5_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter(new Date(1_000).toUTCString(), 4_000)).toBe(0);
    expect(parseRetryAfter('-3', 0)).toBe(0);
    expect(parseRetryAfter('soon', 0)).toBe(0);
    expect(parseRetryAfter(null, 0)).toBe(0);
  });
});
