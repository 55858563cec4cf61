import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './test/postgres-database';
import { feedback, proposal, QUARTER_A } from './test/factories';
import { startServerProcess, type ServerProcess } from './test/server-process';

// Two app processes on one PostgreSQL, started at the same moment (migrations and the first admin
// race too), as a load balancer would spread one city's traffic over them (README: "Several
// instances"). PostgreSQL only: with SQLite one process owns the file.

const ADMIN = { email: 'admin@example.org', password: 'two-instances-admin-1' };
const RECEIPT_LIMIT = 4;
let database: { url: string; drop(): Promise<void> };
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  const made = await createTestDatabase();
  if (!made) throw new Error('the postgres project provides a database');
  database = made;
  const env = { DATABASE_URL: database.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, RECEIPT_RATE_LIMIT_MAX: String(RECEIPT_LIMIT) };
  [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
});

const post = (server: ServerProcess, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

interface Result {
  id: string;
  status: string;
  receipt?: string;
}
const deliver = async (server: ServerProcess, items: unknown[]): Promise<Result[]> => {
  const response = await post(server, '/api/v1/submissions', { items });
  expect(response.status).toBe(200);
  return ((await response.json()) as { results: Result[] }).results;
};

async function login(server: ServerProcess): Promise<{ cookie: string; csrf: string }> {
  const response = await post(server, '/api/v1/manage/session', ADMIN);
  expect(response.status).toBe(200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

describe('two app instances on one PostgreSQL', () => {
  it('both started: one admin account, created once', async () => {
    const session = await login(a);
    const users = await fetch(`${b.url}/api/v1/manage/users`, { headers: { cookie: session.cookie } });
    expect(((await users.json()) as { users: Array<{ email: string }> }).users.map((u) => u.email)).toEqual([ADMIN.email]);
  });

  it('stores a submission sent to both at once once: one accepted, one duplicate, one receipt', async () => {
    for (let round = 0; round < 10; round++) {
      const item = feedback();
      const [fromA, fromB] = await Promise.all([deliver(a, [item]), deliver(b, [item])]);
      const answers = [fromA[0], fromB[0]];
      expect(answers.map((r) => r?.status).sort()).toEqual(['accepted', 'duplicate']);
      expect(fromA[0]?.receipt).toBe(fromB[0]?.receipt);
      const view = await fetch(`${b.url}/api/v1/submissions/${item.id as string}`);
      expect(((await view.json()) as { history: unknown[] }).history).toHaveLength(1);
    }
  });

  it('takes a manager session made on one instance on the other, and ends it on both', async () => {
    const session = await login(a);
    const inbox = await fetch(`${b.url}/api/v1/manage/submissions`, { headers: { cookie: session.cookie } });
    expect(inbox.status).toBe(200);
    const [stored] = await deliver(a, [feedback()]);
    const patch = await fetch(`${b.url}/api/v1/manage/submissions/${stored?.id ?? ''}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: JSON.stringify({ status: 'in_review' }),
    });
    expect(patch.status).toBe(200);
    const logout = await fetch(`${b.url}/api/v1/manage/session`, { method: 'DELETE', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf } });
    expect(logout.status).toBe(204);
    expect((await fetch(`${a.url}/api/v1/manage/submissions`, { headers: { cookie: session.cookie } })).status).toBe(401);
  });

  it('serves a photo uploaded through one instance from the other', async () => {
    const photo = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#3a7' } }).jpeg().toBuffer();
    const mediaId = randomUUID();
    const upload = await fetch(`${a.url}/api/v1/media/${mediaId}`, { method: 'PUT', headers: { 'content-type': 'image/jpeg' }, body: photo });
    expect(upload.status).toBe(201);
    const idea = proposal({ quarterId: QUARTER_A, mediaIds: [mediaId] });
    expect((await deliver(a, [idea]))[0]?.status).toBe('accepted');
    // Not public yet: B serves it to a manager only, then to everyone once published through B.
    expect((await fetch(`${b.url}/api/v1/media/${mediaId}`)).status).toBe(404);
    const session = await login(b);
    const asManager = await fetch(`${b.url}/api/v1/media/${mediaId}`, { headers: { cookie: session.cookie } });
    expect(asManager.status).toBe(200);
    const fromA = await fetch(`${a.url}/api/v1/media/${mediaId}`, { headers: { cookie: session.cookie } });
    expect(Buffer.from(await asManager.arrayBuffer()).equals(Buffer.from(await fromA.arrayBuffer()))).toBe(true);
    const publish = await fetch(`${b.url}/api/v1/manage/submissions/${idea.id as string}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: JSON.stringify({ moderation: 'published' }),
    });
    expect(publish.status).toBe(200);
    const publicly = await fetch(`${a.url}/api/v1/media/${mediaId}`);
    expect(publicly.status).toBe(200);
    expect(publicly.headers.get('content-type')).toBe('image/jpeg');
  });

  it('holds a rate limit across both: requests spread over the two, the one past the limit is 429', async () => {
    const lookup = (server: ServerProcess) => fetch(`${server.url}/api/v1/receipts/ERF-${randomUUID().slice(0, 4).toUpperCase()}-ZZZZ`);
    const statuses: number[] = [];
    // Each instance alone sees only half of these, well under its limit.
    for (let i = 0; i < RECEIPT_LIMIT; i++) statuses.push((await lookup(i % 2 === 0 ? a : b)).status);
    expect(statuses).toEqual(Array.from({ length: RECEIPT_LIMIT }, () => 404));
    const over = await lookup(a);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await lookup(b)).status).toBe(429);
  });
});
