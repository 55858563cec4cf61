import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import Router from 'find-my-way';
import { apiError, type ErrorCode } from '../../shared/api-error';
import { sendError } from './error-handler';

// What Fastify and Node answer on their own, before any route or the error handler runs, brought into
// the API's shape `{error: {code, message}}`:
// - the router's refusals (a broken percent-encoding, an over-long path parameter) come to
//   `frameworkErrors`, which Fastify calls instead of writing its own body;
// - requests Node's HTTP parser cannot read (a Content-Length that is not a number, headers too large)
//   never become requests at all: `clientErrorHandler` writes the answer onto the socket;
// - an API path that exists with other methods answers 405 with `Allow`, not 404.

type ClientError = Error & { code?: string };

const CLIENT_ERRORS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  HPE_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_content_length', message: 'The Content-Length header is not a number' },
  HPE_UNEXPECTED_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid_content_length',
    message: 'Send either Content-Length or Transfer-Encoding: chunked, not both',
  },
  HPE_HEADER_OVERFLOW: { status: 431, code: 'headers_too_large', message: 'The request headers are too large' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request_timeout', message: 'The request did not arrive in time' },
};
const UNREADABLE = { status: 400, code: 'bad_request', message: 'The request is not valid HTTP' } as const;

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/** Options for `Fastify({...})`. */
export const frameworkErrorOptions = {
  frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // The reply is answered here: nothing after it would add the headers `onRequest` hooks set.
    reply.header('x-content-type-options', 'nosniff');
    sendError(request, reply, error);
  },
  clientErrorHandler(this: FastifyInstance, error: ClientError, socket: Socket) {
    // A reset connection has no one left to answer (Fastify's default handler does the same).
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const known = (error.code ? CLIENT_ERRORS[error.code] : undefined) ?? UNREADABLE;
    this.log.debug({ err: error }, 'unreadable request');
    if (socket.writable) {
      const body = JSON.stringify(apiError(known.code, known.message));
      socket.write(
        `HTTP/1.1 ${known.status} ${REASONS[known.status] ?? 'Bad Request'}\r\n` +
          `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
          `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy(error);
  },
} satisfies Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'>;

export interface MethodTable {
  /** The methods an API path answers to; empty when the path names nothing. */
  allowed(method: string, url: string): string[];
}

/**
 * Mirrors every API route into a router of its own (find-my-way, the router Fastify uses), so the
 * not-found handler can tell "no such path" from "not with this method". Register before the routes.
 */
export function trackApiMethods(app: FastifyInstance): MethodTable {
  const router = Router();
  const methods = new Set<Router.HTTPMethod>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat()) {
      // Fastify accepts either case; find-my-way and request.method use upper case.
      const upper = method.toUpperCase() as Router.HTTPMethod;
      router.on(upper, route.url, () => undefined);
      methods.add(upper);
    }
  });
  return {
    allowed(method, url) {
      return [...methods].filter((candidate) => candidate !== method && router.find(candidate, url) !== null).sort();
    },
  };
}

/** The answer for a request no route took: 405 with `Allow` where the API path exists, else 404. */
export function sendUnmatched(table: MethodTable, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const allowed = request.url.startsWith('/api/') ? table.allowed(request.method, request.url) : [];
  reply.type('application/json; charset=utf-8');
  if (allowed.length > 0) {
    return reply
      .code(405)
      .header('allow', allowed.join(', '))
      .send(apiError('method_not_allowed', `${request.method} is not possible here; this address takes ${allowed.join(', ')}`));
  }
  return reply.code(404).send(apiError('not_found', 'Not found'));
}
