import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../test/factories';
import { startTestApp, type TestApp } from '../test/support';

// Behind one reverse proxy that appends the client's address to X-Forwarded-For (nginx, Caddy,
// Traefik), only the right-most entry is the proxy's word; everything left of it the client wrote.

let proxied: TestApp;
let direct: TestApp;
let byAddress: TestApp;
beforeAll(async () => {
  proxied = await startTestApp({ trustProxy: 1, receiptRateLimitMax: 3 });
  direct = await startTestApp({ trustProxy: 0, receiptRateLimitMax: 3 });
  byAddress = await startTestApp({ trustProxy: ['10.0.0.0/8'], receiptRateLimitMax: 3 });
  for (const t of [proxied, direct]) await createUser(t.ctx.db, { email: 'm@example.org', password: 'pw-pw-pw-pw', role: 'manager' });
}, 60_000);
afterAll(async () => {
  await proxied.close();
  await direct.close();
  await byAddress.close();
});

const lookup = (t: TestApp, xff: string, remoteAddress = '10.0.0.2') =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/receipts/ERF-${randomUUID().slice(0, 4).toUpperCase()}-AAAA`,
    headers: { 'x-forwarded-for': xff },
    remoteAddress,
  });

describe('TRUST_PROXY as a hop count', () => {
  it('keeps the rate limit when a client rotates the first X-Forwarded-For entry (TRUST_PROXY=1)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      // What the proxy forwards: the client's own header, then the address the proxy saw.
      statuses.push((await lookup(proxied, `198.51.100.${i}, 203.0.113.7`)).statusCode);
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429, 429]);
    // Another real client behind the same proxy has its own allowance.
    expect((await lookup(proxied, '198.51.100.1, 203.0.113.8')).statusCode).toBe(404);
  });

  it('believes only the listed proxies when TRUST_PROXY names their addresses', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await lookup(byAddress, `198.51.100.${i}, 203.0.113.7`, '10.1.2.3')).statusCode);
    expect(statuses).toEqual([404, 404, 404, 429]);
    // A client connecting directly (not from 10/8) cannot pick an address with the header.
    const direct: number[] = [];
    for (let i = 0; i < 4; i++) direct.push((await lookup(byAddress, `203.0.113.${50 + i}`, '192.0.2.5')).statusCode);
    expect(direct).toEqual([404, 404, 404, 429]);
  });

  it('ignores X-Forwarded-For entirely without a proxy (TRUST_PROXY=0)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await lookup(direct, `203.0.113.${i}`)).statusCode);
    expect(statuses).toEqual([404, 404, 404, 429]);
  });

  it('sets the Secure cookie from the proxy\'s X-Forwarded-Proto, and only when a proxy is trusted', async () => {
    const loginOver = (t: TestApp) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/manage/session',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
        payload: { email: 'm@example.org', password: 'pw-pw-pw-pw' },
      });
    const viaProxy = await loginOver(proxied);
    expect(viaProxy.statusCode).toBe(200);
    expect(viaProxy.cookies.find((c) => c.name === 'qs_session')?.secure).toBe(true);
    const spoofed = await loginOver(direct);
    expect(spoofed.statusCode).toBe(200);
    expect(spoofed.cookies.find((c) => c.name === 'qs_session')?.secure).toBeFalsy();
  });
});
