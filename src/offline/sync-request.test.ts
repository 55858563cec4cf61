import { describe, expect, it } from 'vitest';
import { createSend } from './sync-request';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function sendWith(answer: () => Promise<Response>, timeoutMs = 1_000) {
  const fetchImpl: typeof fetch = (_url, init) =>
    new Promise((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      answer().then(resolve, reject);
    });
  return createSend(fetchImpl, timeoutMs, () => 0);
}

describe('the engine request', () => {
  it('passes an answer through', async () => {
    expect(await sendWith(async () => json(200, { results: [] }))('/x', {})).toEqual({ kind: 'ok', body: { results: [] } });
  });

  it('treats 429 and 5xx as passing, with the server’s Retry-After', async () => {
    expect(await sendWith(async () => json(429, {}, { 'retry-after': '7' }))('/x', {})).toEqual({ kind: 'transient', problem: 'http_429', retryAfterMs: 7_000 });
    expect(await sendWith(async () => json(503, {}))('/x', {})).toEqual({ kind: 'transient', problem: 'http_503', retryAfterMs: 0 });
  });

  it('names our server’s refusal for load (503 overloaded), which the resident is told apart from an outage', async () => {
    const busy = { error: { code: 'overloaded', message: 'Busy' } };
    expect(await sendWith(async () => json(503, busy, { 'retry-after': '3' }))('/x', {})).toEqual({ kind: 'transient', problem: 'overloaded', retryAfterMs: 3_000 });
    expect(await sendWith(async () => new Response('<html>busy</html>', { status: 503 }))('/x', {})).toEqual({ kind: 'transient', problem: 'http_503', retryAfterMs: 0 });
  });

  it('takes only our server’s JSON error as a verdict; a stranger’s 4xx page is passing', async () => {
    const ours = { error: { code: 'validation', message: 'Bad' } };
    expect(await sendWith(async () => json(400, ours))('/x', {})).toEqual({ kind: 'refused', error: ours.error, status: 400 });
    expect(await sendWith(async () => new Response('<html>', { status: 403 }))('/x', {})).toEqual({ kind: 'transient', problem: 'http_403', retryAfterMs: 0 });
  });

  it('tells a request that never answered (timeout) from one that failed (offline)', async () => {
    expect(await sendWith(() => new Promise<Response>(() => undefined), 5)('/x', {})).toEqual({ kind: 'transient', problem: 'timeout', retryAfterMs: 0 });
    expect(await sendWith(() => Promise.reject(new TypeError('Failed to fetch')))('/x', {})).toEqual({ kind: 'transient', problem: 'offline', retryAfterMs: 0 });
  });
});
