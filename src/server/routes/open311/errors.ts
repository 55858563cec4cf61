import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpError, isServerFailure } from '../../http/http-error';
import { formatOfUrl, sendOpen311Error } from '../../http/open311-format';

// Inside /open311 every failure is the specification's error list, in the format the URL asked for:
// the routes' own refusals, validation, the body parser's and the rate limiter's errors, unknown
// paths. Statuses follow the specification (403 for a missing or bad API key, 404 for what does not
// exist, 400 for the rest) where HTTP has no more exact one (413, 415, 429, 500).

interface Failure {
  status: number;
  description: string;
}

const FORM = 'Send the request form-encoded (Content-Type: application/x-www-form-urlencoded)';

const FASTIFY_CODES: Record<string, Failure> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, description: FORM },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, description: 'The request body is too large' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, description: 'The body does not match its Content-Length' },
};

export function open311Failure(error: unknown, request: FastifyRequest): Failure {
  if (error instanceof HttpError) return { status: error.statusCode, description: error.message };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const field = first?.instancePath.split('/').filter(Boolean).join('.') ?? '';
    if (error.validationContext === 'params') {
      if (field === 'format') return { status: 400, description: 'Ask for .json or .xml' };
      const value = (request.params as Record<string, unknown> | undefined)?.[field];
      return { status: 404, description: `${field} ${String(value)} was not found` };
    }
    if (error.validationContext === 'body' && request.body === undefined) return { status: 400, description: FORM };
    const message = first?.message ?? 'not valid';
    return { status: 400, description: field ? `${field}: ${message}` : message };
  }
  const fastifyError = error as Partial<FastifyError> | undefined;
  const known = fastifyError?.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (known) return known;
  const status = fastifyError?.statusCode;
  if (status === 429) return { status, description: 'Too many requests, try again later' };
  if (status !== undefined && status >= 400 && status < 500) return { status, description: 'The request is not valid' };
  return { status: 500, description: 'Something went wrong on the server' };
}

export function installOpen311Errors(scope: FastifyInstance): void {
  scope.setErrorHandler((error: unknown, request, reply) => {
    const { status, description } = open311Failure(error, request);
    if (isServerFailure(error, status)) request.log.error({ err: error }, 'open311 request failed');
    if (error instanceof HttpError) reply.headers(error.headers);
    return sendOpen311Error(reply, formatOfUrl(request.url), status, description);
  });
  scope.setNotFoundHandler((request, reply) =>
    sendOpen311Error(reply, formatOfUrl(request.url), 404, `${request.method} ${request.url.split('?', 1)[0]} does not exist here (see /open311/discovery.json)`),
  );
}
