import { z } from 'zod';
import { apiErrorBodySchema } from '../shared/api-error';

// The quarter managers' API. Unlike residents' writes this is online-only: nothing is queued.
// The session lives in an httpOnly cookie; the CSRF token is kept in memory only (never in storage)
// and is fetched again from `GET /session` after a reload.

const BASE = '/api/v1/manage';

export const manageUserSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  email: z.string(),
  role: z.enum(['admin', 'manager']),
  quarterIds: z.array(z.string()),
});
export type ManageUser = z.infer<typeof manageUserSchema>;

const sessionSchema = z.object({ user: manageUserSchema, csrfToken: z.string() });

/** `code` is an API error code, or `network` (no answer) / `bad_answer` (an answer we cannot read). */
export class ManageApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** seconds, from `Retry-After` (429) */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ManageApiError';
  }
}

let csrfToken: string | undefined;

type FetchLike = typeof fetch;
let fetchImpl: FetchLike = (...args) => fetch(...args);
/** Tests swap the network; the app never calls this. */
export function setManageFetch(next: FetchLike): void {
  fetchImpl = next;
  csrfToken = undefined;
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** One call to the manager API; sibling modules (manage-inbox.ts, manage-admin.ts, …) build on it. */
export async function manageRequest(method: string, path: string, body?: unknown): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetchImpl(`${BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ManageApiError(0, globalThis.navigator?.onLine === false ? 'offline' : 'network', 'No answer from the server');
  }
  if (response.status === 204) return undefined;
  const data: unknown = await response.json().catch(() => undefined);
  if (response.ok) return data;
  const parsed = apiErrorBodySchema.safeParse(data);
  const code = parsed.success ? parsed.data.error.code : response.status === 429 ? 'rate_limited' : 'internal';
  const message = parsed.success ? parsed.data.error.message : `HTTP ${response.status}`;
  throw new ManageApiError(response.status, code, message, retryAfterSeconds(response.headers.get('retry-after')));
}

export function parseAnswer<T>(schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ManageApiError(200, 'bad_answer', 'Unexpected answer from the server');
  return parsed.data;
}

export async function login(email: string, password: string): Promise<ManageUser> {
  const session = parseAnswer(sessionSchema, await manageRequest('POST', '/session', { email, password }));
  csrfToken = session.csrfToken;
  return session.user;
}

/** The user of a session that survived a reload, or undefined when there is none (401). */
export async function restoreSession(): Promise<ManageUser | undefined> {
  try {
    const session = parseAnswer(sessionSchema, await manageRequest('GET', '/session'));
    csrfToken = session.csrfToken;
    return session.user;
  } catch (error) {
    if (error instanceof ManageApiError && error.status === 401) return undefined;
    throw error;
  }
}

export async function logout(): Promise<void> {
  try {
    await manageRequest('DELETE', '/session');
  } finally {
    csrfToken = undefined;
  }
}

/** Manager API base path, for links the browser opens itself (exports, photos) with the session cookie. */
export const MANAGE_BASE = BASE;

/** Ends every session of the signed-in user on every device (`DELETE /sessions`), this one included. */
export async function logoutEverywhere(): Promise<void> {
  try {
    await manageRequest('DELETE', '/sessions');
  } finally {
    csrfToken = undefined;
  }
}

/** `?a=1&b=2` from a record, leaving out empty values; '' when nothing is left. */
export function queryString(params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
