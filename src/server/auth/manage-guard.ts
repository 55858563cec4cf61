import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/schema';
import { HttpError, notFound, unauthorized } from '../http/http-error';
import { withError } from '../http/responses';
import { hasCsrfToken, optionalSession, type Principal } from './session';

// The one guard of the manager API. Every route under /api/v1/manage states what it needs in its
// route options (`config: { access }`); this hook checks it before the body is read, in this order:
// session (401), CSRF token on state-changing methods (403), then role (403) or the scope of the
// item the path names (404, the same answer as for an id that does not exist, so ids cannot be
// probed). Handlers read the principal from `request.principal`.

/** The item a path names, and the quarter it belongs to; undefined when there is no such item. */
export interface ItemInQuarter {
  /** `{ quarterId: null }`: the item belongs to no quarter, so only admins reach it. */
  quarterOf(id: string): Promise<{ quarterId: string | null } | undefined>;
  /** The 404 message, e.g. "No such submission". */
  notFound: string;
}

/**
 * - `public`: no session needed (only the login);
 * - `signed-in`: any manager or admin, for what is their own or is scoped by their queries;
 * - `admin`: admins only, others get 403;
 * - an {@link ItemInQuarter}: the `:id` in the path names an item of one of the caller's quarters.
 */
export type Access = 'public' | 'signed-in' | 'admin' | ItemInQuarter;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The signed-in caller; only on manage routes that are not public (elsewhere reading it answers 401). */
    readonly principal: Principal;
  }
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const principals = new WeakMap<FastifyRequest, Principal>();

/** On the root instance: `request.principal` exists everywhere and fails loudly where no guard set it. */
export function decoratePrincipal(app: FastifyInstance): void {
  app.decorateRequest('principal', {
    getter(this: FastifyRequest): Principal {
      const principal = principals.get(this);
      if (!principal) throw unauthorized();
      return principal;
    },
  });
}

/** Installs the guard on the manage scope; routes registered there after this call are guarded. */
export function guardManageScope(scope: FastifyInstance, db: Db): void {
  scope.addHook('onRoute', (route) => {
    const access = route.config?.access;
    // A route that says nothing is a mistake, not a default: refuse to start.
    if (access === undefined) throw new Error(`${String(route.method)} ${route.url} states no config.access`);
    if (access === 'public') return;
    // What this guard may answer, in the route's declaration and so in the OpenAPI document.
    const write = [route.method].flat().some((method) => WRITES.has(method));
    let responses = withError(route.schema?.response as Record<string, unknown> | undefined, 401, 'No session, or it expired');
    if (write) responses = withError(responses, 403, 'Missing or wrong CSRF token (csrf)');
    if (access === 'admin') responses = withError(responses, 403, 'Not an admin (forbidden)');
    if (typeof access === 'object') responses = withError(responses, 404, `${access.notFound}, or not in the caller’s quarters`);
    route.schema = { ...route.schema, security: [write ? { session: [], csrf: [] } : { session: [] }], response: responses };
  });
  scope.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === 'public') return;
    const principal = await optionalSession(db, request);
    if (!principal) throw unauthorized();
    if (WRITES.has(request.method) && !hasCsrfToken(request, principal)) {
      throw new HttpError(403, 'csrf', 'Missing or wrong X-CSRF-Token header');
    }
    if (access === 'admin' && principal.user.role !== 'admin') {
      throw new HttpError(403, 'forbidden', 'Only an admin may do this');
    }
    if (typeof access === 'object' && !(await managesItem(principal, access, request))) throw notFound(access.notFound);
    principals.set(request, principal);
  });
}

async function managesItem(principal: Principal, access: ItemInQuarter, request: FastifyRequest): Promise<boolean> {
  const id = (request.params as Record<string, string | undefined>).id;
  const item = id === undefined ? undefined : await access.quarterOf(id);
  if (item === undefined) return false;
  if (principal.user.role === 'admin') return true;
  return item.quarterId !== null && principal.quarterIds.includes(item.quarterId);
}
