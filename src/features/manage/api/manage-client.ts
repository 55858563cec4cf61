import type { z } from 'zod';
import { parseAnswer, requestJson, type FetchLike } from '../../../offline/http';

// The manager API's side of the one HTTP client (src/offline/http.ts). Online only: nothing here is
// queued. The session lives in an httpOnly cookie; the CSRF token is kept in memory only (never in
// storage), sent on every request that changes something, and fetched again from `GET /session`
// after a reload. Every operation has its own file in this folder and names its answer's schema there:
// the shared schema the server serialises that answer with (src/shared), or `noContentSchema` for a 204.

export const MANAGE_BASE = '/api/v1/manage';

let csrfToken: string | undefined;
let fetchImpl: FetchLike | undefined;

/** Tests swap the network (and forget the token); the app never calls this. */
export function setManageFetch(next?: FetchLike): void {
  fetchImpl = next;
  csrfToken = undefined;
}

/** The token from a login or a restored session; undefined once signed out. */
export function rememberCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export interface CallOptions {
  /** A JSON body. */
  body?: unknown;
  /** react-query's cancellation, when a screen no longer wants the answer. */
  signal?: AbortSignal;
}

function send(method: string, path: string, options: CallOptions): Promise<unknown> {
  return requestJson(`${MANAGE_BASE}${path}`, {
    method,
    json: options.body,
    signal: options.signal,
    fetchImpl,
    credentials: 'same-origin',
    writeHeaders: (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {}),
  });
}

/** One call, its answer read with `schema`; throws HttpError (from src/offline/http.ts), `bad_answer` when it does not fit. */
export async function manageCall<T>(method: string, path: string, schema: z.ZodType<T>, options: CallOptions = {}): Promise<T> {
  return parseAnswer(schema, await send(method, path, options));
}

/** `?a=1&b=2` from a record, leaving out empty values; '' when nothing is left. */
export function queryString(params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
