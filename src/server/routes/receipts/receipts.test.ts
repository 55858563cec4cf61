import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptLookupSchema } from '../../../shared/feed';
import { proposal } from '../../test/factories';
import { json, postBatch, startTestApp, type TestApp } from '../../test/support';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const lookup = (code: string, app = t.app) => app.inject({ method: 'GET', url: `/api/v1/receipts/${encodeURIComponent(code)}` });

describe('GET /api/v1/receipts/:code', () => {
  it('finds the submitter view by the code however it is typed', async () => {
    const item = proposal({ contact: { email: 'ada@example.org' } });
    const { results } = await postBatch(t.app, [item]);
    const receipt = results[0]?.receipt ?? '';
    // What people type: lower case, spaces instead of dashes, O for 0 and l for 1.
    const typed = receipt.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    for (const code of [receipt, typed]) {
      const response = await lookup(code);
      expect(response.statusCode).toBe(200);
      const view = receiptLookupSchema.parse(json(response));
      expect(view).toMatchObject({ id: item.id, receipt, status: 'received' });
      expect(response.body).not.toContain('ada@example.org');
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('answers 404 for an unknown code', async () => {
    const response = await lookup('ERF-ZZZZ-ZZZZ');
    expect(response.statusCode).toBe(404);
    expect(json(response)).toMatchObject({ error: { code: 'not_found' } });
  });

  it('allows only a few look-ups per minute and client', async () => {
    const limited = await startTestApp({ receiptRateLimitMax: 3 });
    try {
      for (let i = 0; i < 3; i++) expect((await lookup(`ERF-${randomUUID().slice(0, 4)}-AAAA`, limited.app)).statusCode).toBe(404);
      const blocked = await lookup('ERF-AAAA-AAAA', limited.app);
      expect(blocked.statusCode).toBe(429);
      expect(json(blocked)).toMatchObject({ error: { code: 'rate_limited' } });
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    } finally {
      await limited.close();
    }
  });
});
