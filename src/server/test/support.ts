import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type BuildOptions } from '../app';
import { readConfig, type Config } from '../config';
import { createContext, type AppContext } from '../context';
import { createTestDatabase } from './postgres-database';

// Every server test runs the real app on a real SQLite file in its own temp folder, through
// `app.inject` — no mocks of the database or of Fastify.

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  dataDir: string;
  close(): Promise<void>;
}

export async function startTestApp(overrides: Partial<Config> = {}, build: Pick<BuildOptions, 'onRoute'> = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'qs-server-'));
  const postgres = await createTestDatabase();
  const config: Config = {
    ...readConfig({}),
    dataDir,
    staticDir: path.join(dataDir, 'no-static-build'),
    ...(postgres ? { databaseUrl: postgres.url } : {}),
    ...overrides,
  };
  const ctx = await createContext(config);
  const app = await buildApp(config, { context: ctx, logger: false, ...build });
  return {
    app,
    ctx,
    dataDir,
    async close() {
      await app.close();
      await postgres?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T;
}

export interface BatchAnswer {
  results: Array<{ id: string; status: string; receipt?: string; error?: { code: string; message: string; path?: string } }>;
}

export async function postBatch(app: FastifyInstance, items: unknown[]): Promise<BatchAnswer> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/submissions', payload: { items } });
  if (response.statusCode !== 200) throw new Error(`batch answered ${response.statusCode}: ${response.body}`);
  return json<BatchAnswer>(response);
}

export interface LoggedIn {
  cookie: string;
  csrfToken: string;
  user: { id: string; email: string; role: string; quarterIds: string[] };
}

export async function login(app: FastifyInstance, email: string, password: string): Promise<LoggedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/manage/session', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login answered ${response.statusCode}: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'qs_session');
  if (!cookie) throw new Error('login set no qs_session cookie');
  const body = json<{ csrfToken: string; user: LoggedIn['user'] }>(response);
  return { cookie: `qs_session=${cookie.value}`, csrfToken: body.csrfToken, user: body.user };
}

/** Headers of a signed-in manager's write: session cookie and CSRF token. */
export function writeHeaders(session: LoggedIn): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}
