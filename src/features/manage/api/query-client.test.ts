import { describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../../offline/http';
import { MAX_RETRIES, MAX_RETRY_AFTER_MS, retryDelay, routeFailure, shouldRetry } from './query-client';

const refused = (status: number, retryAfterMs = 0) => new HttpError('http', status, status === 429 ? 'rate_limited' : 'internal', 'x', retryAfterMs);

describe('manager retry policy', () => {
  it('retries no answer and server errors a couple of times', () => {
    for (const error of [HttpError.from({ kind: 'network' }), HttpError.from({ kind: 'timeout' }), refused(503), refused(500)]) {
      expect(shouldRetry(0, error)).toBe(true);
      expect(shouldRetry(MAX_RETRIES - 1, error)).toBe(true);
      expect(shouldRetry(MAX_RETRIES, error)).toBe(false);
    }
  });

  it('never retries an answer: 4xx, a page that is not ours, no connection, or a bug', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) expect(shouldRetry(0, refused(status))).toBe(false);
    expect(shouldRetry(0, HttpError.from({ kind: 'bad_answer', status: 200 }))).toBe(false);
    expect(shouldRetry(0, HttpError.from({ kind: 'offline' }))).toBe(false);
    expect(shouldRetry(0, new TypeError('x is undefined'))).toBe(false);
  });

  it('retries a 429 only when its Retry-After is short, and never sooner than it says', () => {
    expect(shouldRetry(0, refused(429, 5_000))).toBe(true);
    expect(shouldRetry(0, refused(429, MAX_RETRY_AFTER_MS + 1))).toBe(false);
    expect(retryDelay(0, refused(429, 5_000), () => 0)).toBe(5_000);
    expect(retryDelay(0, refused(429, 5_000), () => 0.999)).toBe(5_000);
  });

  it('backs off with full jitter, the ceiling doubling per retry', () => {
    const top = () => 0.999999;
    expect(retryDelay(0, refused(503), top)).toBe(1_999);
    expect(retryDelay(1, refused(503), top)).toBe(3_999);
    expect(retryDelay(1, refused(503), () => 0)).toBe(0);
  });
});

describe('routeFailure', () => {
  it('ends the session on a 401, says anything else, and leaves alone what the screen shows itself', () => {
    const to = { sessionEnded: vi.fn(), failed: vi.fn() };
    routeFailure(refused(401), undefined, to);
    routeFailure(refused(500), undefined, to);
    routeFailure(refused(401), { quiet: true }, to);
    routeFailure(refused(500), { quiet: true }, to);
    expect(to.sessionEnded).toHaveBeenCalledTimes(1);
    expect(to.failed).toHaveBeenCalledTimes(1);
    expect(to.failed).toHaveBeenCalledWith(expect.objectContaining({ status: 500 }));
  });
});
