import { z } from 'zod';
import { apiErrorBodySchema } from '../shared/api-error';
import { MODERATION_STATES, SUBMISSION_STATUSES } from '../shared/submission';

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

export const inboxItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['feedback', 'proposal', 'support', 'interest']),
  quarterId: z.string().nullish(),
  quarterName: z.string().nullish(),
  topicId: z.string().nullish(),
  text: z.string().nullish(),
  title: z.string().nullish(),
  mood: z.number().nullish(),
  visibility: z.string().nullish(),
  status: z.enum(SUBMISSION_STATUSES),
  moderation: z.enum(MODERATION_STATES).nullish(),
  receipt: z.string(),
  createdAt: z.string(),
  receivedAt: z.string(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

const inboxPageSchema = z.object({ items: z.array(inboxItemSchema), nextCursor: z.string().nullable() });
export type InboxPage = z.infer<typeof inboxPageSchema>;

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

async function request(method: string, path: string, body?: unknown): Promise<unknown> {
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

function parse<T>(schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ManageApiError(200, 'bad_answer', 'Unexpected answer from the server');
  return parsed.data;
}

export async function login(email: string, password: string): Promise<ManageUser> {
  const session = parse(sessionSchema, await request('POST', '/session', { email, password }));
  csrfToken = session.csrfToken;
  return session.user;
}

/** The user of a session that survived a reload, or undefined when there is none (401). */
export async function restoreSession(): Promise<ManageUser | undefined> {
  try {
    const session = parse(sessionSchema, await request('GET', '/session'));
    csrfToken = session.csrfToken;
    return session.user;
  } catch (error) {
    if (error instanceof ManageApiError && error.status === 401) return undefined;
    throw error;
  }
}

export async function logout(): Promise<void> {
  try {
    await request('DELETE', '/session');
  } finally {
    csrfToken = undefined;
  }
}

export interface InboxFilter {
  kind?: string;
  quarterId?: string;
  status?: string;
  q?: string;
  cursor?: string;
}

export async function listInbox(filter: InboxFilter = {}): Promise<InboxPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const query = params.toString();
  return parse(inboxPageSchema, await request('GET', `/submissions${query ? `?${query}` : ''}`));
}
