import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestApp, type TestApp } from '../../test/support';

// The looser per-address limit on top of the per-account lock-out (DESIGN §4): guessing across many
// accounts from one address is stopped even though no single account reaches its lock-out.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ loginRateLimitMax: 3 });
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('login rate limit per address', () => {
  it('answers 429 rate_limited after LOGIN_RATE_LIMIT_MAX attempts a minute, whatever the account', async () => {
    for (let i = 0; i < 3; i++) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/manage/session', payload: { email: `u${i}@example.org`, password: 'x' } });
      expect(response.statusCode).toBe(401);
    }
    const limited = await t.app.inject({ method: 'POST', url: '/api/v1/manage/session', payload: { email: 'u9@example.org', password: 'x' } });
    expect(limited.statusCode).toBe(429);
    expect(json(limited)).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
  });
});
