import type { FastifyServerOptions } from 'fastify';
import type { TrustProxy } from '../config';

/**
 * TRUST_PROXY as Fastify's `trustProxy`. A hop count becomes a function: Fastify 5.12 refuses a bare
 * number (it cannot tell a proxy from a client that connects directly), so with a count the app port
 * must be reachable only through the proxies (README: HOST on a private interface). Addresses are
 * passed on as they are; Fastify then believes only hops coming from them.
 */
export function fastifyTrustProxy(setting: TrustProxy): FastifyServerOptions['trustProxy'] {
  if (Array.isArray(setting)) return setting.length > 0 ? setting : false;
  if (setting <= 0) return false;
  // `hop` counts from the socket's peer (0) outwards: the first `setting` hops are our proxies.
  return (_address: string, hop: number) => hop < setting;
}
