import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { feedback } from '../test/factories';
import { json, startTestApp, type TestApp } from '../test/support';
import { mayShed } from './load-shedding';

// The server refuses API work with 503 `overloaded` while PostgreSQL's connection queue is full, and
// answers again as soon as it has drained. The queue is made real here: one connection, held by a
// query that sleeps, and a second query waiting for it.

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const deliver = (app: TestApp['app'], item: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/v1/submissions', payload: { items: [item] } });

describe('which routes may be refused for load', () => {
  it('the API and Open311, never the app’s files, an unmatched path or a route that says so', () => {
    expect(mayShed('/api/v1/submissions', {})).toBe(true);
    expect(mayShed('/api/v1/manage/submissions/:id', undefined)).toBe(true);
    expect(mayShed('/open311/v2/requests.:format', {})).toBe(true);
    expect(mayShed('/api/v1/health', { whenBusy: 'answer' })).toBe(false);
    expect(mayShed('/*', {})).toBe(false);
    expect(mayShed('/open311x', {})).toBe(false);
    expect(mayShed(undefined, {})).toBe(false);
  });
});

describe('refusing work while the database queue is full', () => {
  it.runIf(process.env.QS_TEST_BACKEND === 'postgres')('(PostgreSQL only) answers 503 overloaded with Retry-After, keeps the probes and memory documents, and takes the same item after', async () => {
    t = await startTestApp({ pgPoolSize: 1, pgQueueLimit: 1 });
    const { app, ctx } = t;
    // Open the pool's one connection first, so the sleeping query holds it. Three seconds leave the requests
    // below ample time on a busy machine; the test waits for the queue, not for a fixed time.
    await sql`select 1`.execute(ctx.db);
    const holding = sql`select pg_sleep(3)`.execute(ctx.db);
    const queued = sql`select 1`.execute(ctx.db);
    for (let i = 0; i < 500 && ctx.poolStats().waiting < 1; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ctx.poolStats().waiting).toBeGreaterThanOrEqual(1);

    const item = feedback();
    const refused = await deliver(app, item);
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('3');
    expect(json(refused)).toEqual({ error: { code: 'overloaded', message: expect.stringMatching(/busy/) } });
    const open311 = await app.inject({ method: 'GET', url: '/open311/v2/services.json' });
    expect(open311.statusCode).toBe(503);
    expect(json<unknown>(open311)).toEqual([{ code: 503, description: expect.stringMatching(/busy/) }]);
    // What costs the database nothing, and what tells an operator why, still answers.
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/topics' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/quarter-names' })).statusCode).toBe(200);

    await Promise.all([holding, queued]);
    expect(ctx.poolStats().waiting).toBe(0);
    const taken = await deliver(app, item);
    expect(taken.statusCode).toBe(200);
    expect(json<{ results: Array<{ status: string }> }>(taken).results.map((r) => r.status)).toEqual(['accepted']);
  });

  it('never refuses below the limit, and never on SQLite (its queries do not queue)', async () => {
    t = await startTestApp({ pgPoolSize: 1, pgQueueLimit: 1 });
    expect(t.ctx.poolStats().waiting).toBe(0);
    const answer = await deliver(t.app, feedback());
    expect(answer.statusCode).toBe(200);
  });

  it('names the refusal in the API document: on the API’s routes, not on the probes', async () => {
    t = await startTestApp();
    const doc = json<{ paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }),
    );
    expect(Object.keys(doc.paths['/api/v1/submissions']?.post?.responses ?? {})).toContain('503');
    expect(Object.keys(doc.paths['/api/v1/quarters/{id}/feed']?.get?.responses ?? {})).toContain('503');
    expect(Object.keys(doc.paths['/api/v1/health']?.get?.responses ?? {})).not.toContain('503');
    expect(Object.keys(doc.paths['/api/v1/topics']?.get?.responses ?? {})).not.toContain('503');
  });
});
