import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, ResponseSerializationError } from 'fastify-type-provider-zod';
import { apiError, type ApiErrorBody, type ErrorCode } from '../../shared/api-error';
import { HttpError, isServerFailure } from './http-error';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * How a path parameter that fails its schema is answered. Default `not_found`: an id that cannot
     * exist names nothing, like an unknown one (capability URLs cannot be probed for their format).
     * `validation` where the caller is creating the resource under that id (PUT /media/{id}).
     */
    invalidParams?: 'not_found' | 'validation';
  }
}

// Every error leaves the server as `{error: {code, message, path?}}` — never HTML, never a stack.
// Unknown errors are logged here and answered with a generic message.

interface Mapped {
  status: number;
  body: ApiErrorBody;
}

const FASTIFY_CODES: Record<string, { status: number; code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'The request body is too large' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json', message: 'The body is empty' },
  // Every body this API takes is JSON (photos have their own parser): any other type is refused as such.
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send the body as application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid_content_length',
    message: 'The body is not as long as its Content-Length header says',
  },
  // The router's refusals reach us through `frameworkErrors` (http/framework-errors.ts), before any route.
  FST_ERR_BAD_URL: { status: 400, code: 'bad_url', message: 'The address contains a broken percent-encoding (a % not followed by two hex digits, or not UTF-8)' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'url_too_long', message: 'A part of the address is too long' },
};

/** What the request tells about a validation error: the body it had, what its route declares. */
export interface RequestFacts {
  body: unknown;
  invalidParams?: 'not_found' | 'validation' | undefined;
}

export function mapError(error: unknown, request?: RequestFacts): Mapped {
  if (error instanceof HttpError) {
    return { status: error.statusCode, body: apiError(error.code, error.message, error.path) };
  }
  if (hasZodFastifySchemaValidationErrors(error)) return mapValidation(error, request);
  // A presenter's answer that its schema refuses is our bug, not the caller's.
  if (error instanceof ResponseSerializationError) return { status: 500, body: apiError('internal', 'Something went wrong on the server') };
  const fastifyError = error as Partial<FastifyError> | undefined;
  const known = fastifyError?.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (known) return { status: known.status, body: apiError(known.code, known.message) };
  const status = fastifyError?.statusCode;
  if (status === 429) return { status, body: apiError('rate_limited', 'Too many requests, try again later') };
  if (status === 413) return { status, body: apiError('payload_too_large', 'The request body is too large') };
  // A body the JSON parser refused for another reason (e.g. a __proto__ key) is still unreadable JSON.
  if (error instanceof SyntaxError && status === 400) {
    return { status, body: apiError('invalid_json', 'The body is not valid JSON') };
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return { status, body: apiError('validation', 'The request is not valid') };
  }
  return { status: 500, body: apiError('internal', 'Something went wrong on the server') };
}

/** The route's zod schemas refused the request: the first issue, as everywhere in this API. */
function mapValidation(error: FastifyError & { validation: Array<{ instancePath: string; message?: string }> }, request?: RequestFacts): Mapped {
  const context = error.validationContext;
  if (context === 'params' && request?.invalidParams !== 'validation') return { status: 404, body: apiError('not_found', 'Not found') };
  // No body at all (none sent, or an empty JSON body) is unreadable rather than wrongly shaped.
  if (context === 'body' && request?.body === undefined) return { status: 400, body: apiError('invalid_json', 'Send the body as JSON') };
  const first = error.validation[0];
  const path = first?.instancePath.split('/').filter(Boolean).join('.') ?? '';
  return { status: 400, body: apiError('validation', first?.message ?? 'The request is not valid', path || undefined) };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) =>
    sendError(request, reply, error, { body: request.body, invalidParams: request.routeOptions.config.invalidParams }),
  );
}

/** Answers any error in the API's shape; also used where Fastify answers before the error handler exists. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown, facts?: RequestFacts): FastifyReply {
  const { status, body } = mapError(error, facts);
  if (isServerFailure(error, status)) request.log.error({ err: error }, 'request failed');
  if (error instanceof HttpError) reply.headers(error.headers);
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}
