import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Role } from '../db/schema';
import type { Scope } from '../repositories/inbox';
import { findLiveSession, insertSession } from '../repositories/sessions';
import { userQuarterIds } from '../repositories/users';

// Manager sessions: a random token in an httpOnly cookie, only its sha256 in the database, and a
// separate CSRF token the UI sends back as a header on every state-changing request.

export const SESSION_COOKIE = 'qs_session';
export const CSRF_HEADER = 'x-csrf-token';
const SESSION_HOURS = 12;

export interface Principal {
  sessionId: string;
  csrfToken: string;
  user: { id: string; email: string; role: Role };
  /** The quarters this user manages; an admin manages all and this list may be empty. */
  quarterIds: string[];
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function startSession(
  db: Db,
  userId: string,
  now: Date = new Date(),
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await insertSession(db, {
    id: hashToken(token),
    userId,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, csrfToken, expiresAt };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    // Secure only over https, so a plain-http installation on a LAN (or a test) still logs in.
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https' });
}

/** Whether the request carries the session's CSRF token (state-changing manage requests must). */
export function hasCsrfToken(request: FastifyRequest, principal: Principal): boolean {
  return sameToken(request.headers[CSRF_HEADER], principal.csrfToken);
}

/**
 * The caller's live session, if any: for the manage guard (auth/manage-guard.ts), and for reads that
 * anyone may make but managers see more on (a photo of an unpublished item).
 */
export async function optionalSession(db: Db, request: FastifyRequest): Promise<Principal | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  const session = await findLiveSession(db, hashToken(token), new Date());
  if (!session) return undefined;
  return {
    sessionId: session.id,
    csrfToken: session.csrfToken,
    user: session.user,
    quarterIds: await userQuarterIds(db, session.user.id),
  };
}

/** What a principal may see: an admin everything, a manager their quarters (repositories/inbox). */
export function scopeOf(principal: Principal): Scope {
  return principal.user.role === 'admin' ? { all: true } : { all: false, userId: principal.user.id };
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
