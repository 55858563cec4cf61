import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedback, interest, proposal, QUARTER_A, support, TOPIC } from '../../test/factories';
import { json, postBatch, startTestApp, type TestApp } from '../../test/support';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

async function rowCount(id: string): Promise<number> {
  const rows = await t.ctx.db.selectFrom('submissions').select('id').where('id', '=', id).execute();
  return rows.length;
}

describe('POST /api/v1/submissions', () => {
  it('answers each item of a mixed batch on its own, in order', async () => {
    const good = feedback({ mood: 4, visibility: 'public' });
    const tooLong = feedback({ text: 'x'.repeat(4001) });
    const badEmail = proposal({ contact: { email: 'not-an-address' } });
    const unknownQuarter = feedback({ quarterId: 'erfurt-99-atlantis' });
    const unknownTopic = proposal({ topicId: 'weltraum' });
    const noKind = { id: randomUUID(), text: 'hi' };
    const { results } = await postBatch(t.app, [good, tooLong, badEmail, unknownQuarter, unknownTopic, noKind, 'text']);

    expect(results.map((r) => r.status)).toEqual(['accepted', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected']);
    expect(results[0]?.id).toBe(good.id);
    expect(results[0]?.receipt).toMatch(/^ERF-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(results[1]?.error).toMatchObject({ code: 'validation', path: 'text' });
    expect(results[2]?.error).toMatchObject({ code: 'validation', path: 'contact.email' });
    expect(results[3]?.error).toMatchObject({ code: 'unknown_quarter', path: 'quarterId' });
    expect(results[4]?.error).toMatchObject({ code: 'unknown_topic', path: 'topicId' });
    expect(results[5]).toMatchObject({ id: noKind.id, error: { code: 'validation', path: 'kind' } });
    expect(results[6]).toMatchObject({ id: '', error: { code: 'validation' } });
    expect(await rowCount(good.id as string)).toBe(1);
    expect(await rowCount(tooLong.id as string)).toBe(0);
  });

  it('answers the same batch twice with duplicate and the same receipts', async () => {
    const items = [feedback(), proposal(), feedback({ visibility: 'public' })];
    const first = await postBatch(t.app, items);
    const second = await postBatch(t.app, items);
    expect(first.results.every((r) => r.status === 'accepted')).toBe(true);
    expect(second.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(second.results.map((r) => r.receipt)).toEqual(first.results.map((r) => r.receipt));
    expect(new Set(first.results.map((r) => r.receipt)).size).toBe(3);
  });

  it('treats a reordered but equal item as a duplicate and different content under the same id as id_conflict', async () => {
    const item = feedback();
    const { results: [first] } = await postBatch(t.app, [item]);
    const reordered = Object.fromEntries(Object.entries(item).reverse());
    const { results: [again] } = await postBatch(t.app, [reordered]);
    expect(again).toMatchObject({ status: 'duplicate', receipt: first?.receipt });

    const { results: [changed] } = await postBatch(t.app, [{ ...item, text: 'Etwas anderes' }]);
    expect(changed).toMatchObject({ id: item.id, status: 'rejected', error: { code: 'id_conflict' } });
    expect(changed?.receipt).toBeUndefined();
  });

  it('stores one row when 20 requests deliver the same id at once', async () => {
    const item = feedback();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => t.app.inject({ method: 'POST', url: '/api/v1/submissions', payload: { items: [item] } })),
    );
    const results = responses.map((r) => json<{ results: Array<{ status: string; receipt: string }> }>(r).results[0]);
    expect(results.filter((r) => r?.status === 'accepted')).toHaveLength(1);
    expect(results.filter((r) => r?.status === 'duplicate')).toHaveLength(19);
    expect(new Set(results.map((r) => r?.receipt)).size).toBe(1);
    expect(await rowCount(item.id as string)).toBe(1);
  });

  it('rejects unreadable envelopes as a whole', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { 'content-type': 'application/json' },
      payload: '{"items": [',
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad)).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } });

    const text = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
    expect(json(text)).toMatchObject({ error: { code: 'unsupported_media_type' } });

    const empty = await t.app.inject({ method: 'POST', url: '/api/v1/submissions' });
    expect(json(empty)).toMatchObject({ error: { code: 'invalid_json' } });

    const poisoned = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { 'content-type': 'application/json' },
      payload: '{"__proto__": {"admin": true}, "items": [1]}',
    });
    expect(json(poisoned)).toMatchObject({ error: { code: 'invalid_json' } });

    const jsonNull = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      headers: { 'content-type': 'application/json' },
      payload: 'null',
    });
    expect(jsonNull.statusCode).toBe(400);
    expect(json(jsonNull)).toMatchObject({ error: { code: 'validation' } });

    for (const payload of [{ items: [] }, { items: Array.from({ length: 101 }, () => feedback()) }, { things: [] }, [feedback()]]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/submissions', payload });
      expect(response.statusCode).toBe(400);
      expect(json(response)).toMatchObject({ error: { code: 'validation' } });
    }
  });

  it('takes 100 items but answers 413 above 1 MiB', async () => {
    const hundred = Array.from({ length: 100 }, () => feedback());
    const ok = await postBatch(t.app, hundred);
    expect(ok.results).toHaveLength(100);

    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      payload: { items: [feedback({ text: 'x'.repeat(1024 * 1024) })] },
    });
    expect(huge.statusCode).toBe(413);
    expect(json(huge)).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('counts one support per supporter and answers a second with the first receipt', async () => {
    const prop = proposal();
    await postBatch(t.app, [prop]);
    const supporterId = randomUUID();
    const first = support(prop.id as string, { supporterId });
    const second = support(prop.id as string, { supporterId });
    const other = support(prop.id as string);
    const { results } = await postBatch(t.app, [first, second, other]);
    expect(results[0]?.status).toBe('accepted');
    expect(results[1]).toMatchObject({ id: second.id, status: 'duplicate', receipt: results[0]?.receipt });
    expect(results[2]?.status).toBe('accepted');
    expect(await rowCount(second.id as string)).toBe(0);
    const supports = await t.ctx.db.selectFrom('supports').selectAll().where('proposal_id', '=', prop.id as string).execute();
    expect(supports).toHaveLength(2);
  });

  it('rejects references that do not exist', async () => {
    const fb = feedback();
    await postBatch(t.app, [fb]);
    const { results } = await postBatch(t.app, [
      support(randomUUID()),
      support(fb.id as string),
      interest(),
      feedback({ mediaIds: [randomUUID()] }),
    ]);
    expect(results.map((r) => r.error?.code)).toEqual(['unknown_proposal', 'unknown_proposal', 'unknown_opportunity', 'media_missing']);
    expect(results[3]?.error?.path).toBe('mediaIds.0');
  });

  it('accepts interest in a listed opportunity and files it under that opportunity’s quarter', async () => {
    const [opportunity] = t.ctx.catalog.opportunities;
    if (!opportunity) throw new Error('the data pack lists no opportunity');
    const item = interest({ opportunityId: opportunity.id });
    const { results } = await postBatch(t.app, [item]);
    expect(results[0]?.status).toBe('accepted');
    const row = await t.ctx.db.selectFrom('submissions').select(['quarter_id', 'contact']).where('id', '=', item.id as string).executeTakeFirstOrThrow();
    expect(row.quarter_id).toBe(t.ctx.catalog.opportunityQuarter(opportunity.id) ?? null);
    expect(JSON.parse(row.contact ?? '{}')).toEqual({ name: 'Kim', email: 'kim@example.org' });
  });

  it('accepts a photo that was uploaded before', async () => {
    const mediaId = randomUUID();
    await t.ctx.db
      .insertInto('media')
      .values({ id: mediaId, bytes: Buffer.from([1, 2, 3]), mime: 'image/jpeg', created_at: new Date().toISOString() })
      .execute();
    const { results } = await postBatch(t.app, [feedback({ mediaIds: [mediaId] })]);
    expect(results[0]?.status).toBe('accepted');
  });

  it('answers 429 with Retry-After once the per-client limit is used up', async () => {
    const limited = await startTestApp({ rateLimitMax: 2 });
    try {
      const send = () => limited.app.inject({ method: 'POST', url: '/api/v1/submissions', payload: { items: [feedback()] } });
      expect((await send()).statusCode).toBe(200);
      expect((await send()).statusCode).toBe(200);
      const third = await send();
      expect(third.statusCode).toBe(429);
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(third.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(json(third)).toMatchObject({ error: { code: 'rate_limited' } });
      // Other routes are not limited.
      expect((await limited.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('GET /api/v1/submissions/:id', () => {
  it('shows the submitter status, receipt and history, but no contact or location', async () => {
    const item = proposal({ contact: { name: 'Ada', email: 'ada@example.org' }, location: { lat: 51.0, lng: 11.0 } });
    const { results } = await postBatch(t.app, [item]);
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/submissions/${item.id as string}` });
    expect(response.statusCode).toBe(200);
    const view = json(response);
    expect(view).toMatchObject({
      id: item.id,
      kind: 'proposal',
      receipt: results[0]?.receipt,
      status: 'received',
      moderation: 'pending',
      history: [{ status: 'received', moderation: 'pending' }],
    });
    expect(response.body).not.toContain('ada@example.org');
    expect(response.body).not.toContain('Ada');
    expect(view).not.toHaveProperty('location');
  });

  it('keeps private feedback out of moderation', async () => {
    const item = feedback({ quarterId: QUARTER_A, topicId: TOPIC });
    await postBatch(t.app, [item]);
    const view = json(await t.app.inject({ method: 'GET', url: `/api/v1/submissions/${item.id as string}` }));
    expect(view.moderation).toBeNull();
  });

  it('answers 404 in JSON for unknown and malformed ids', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/submissions/${id}` });
      expect(response.statusCode).toBe(404);
      expect(json(response)).toMatchObject({ error: { code: 'not_found' } });
    }
  });
});
