import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { noContentSchema } from '../../shared/api';
import { apiErrorBodySchema } from '../../shared/api-error';
import { mayShed } from './load-shedding';

// How routes declare their answers (`schema.response`): every status with a description and, where
// there is a body, its zod schema. Fastify serialises each answer with the schema of its status and
// media type (fastify-type-provider-zod), and @fastify/swagger puts the same into the OpenAPI document.

export interface ResponseDeclaration {
  description: string;
  content: Record<string, { schema: z.ZodType }>;
}

export function json<S extends z.ZodType>(description: string, schema: S) {
  return { description, content: { 'application/json': { schema } } };
}

/** An error answer: always `{error: {code, message, path?}}`. */
export const error = (description: string) => json(description, apiErrorBodySchema);

/** An answer without a body (204, 304). */
export const empty = (description: string) => noContentSchema.describe(description);

/** A body that is not JSON (a photo, a CSV file): documented by media type, sent as bytes or a stream. */
export function bytes(description: string, mediaTypes: readonly string[], schema: z.ZodType = z.string()) {
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema }])) };
}

type Responses = Record<string, unknown>;

/** Adds an error answer; where the route declares that status already, both reasons are named. */
export function withError(responses: Responses | undefined, status: number, description: string): Responses {
  const current = responses?.[status] as Partial<ResponseDeclaration> | undefined;
  if (current?.description?.includes(description)) return responses ?? {};
  const merged = current?.description ? `${current.description}; or ${description.charAt(0).toLowerCase()}${description.slice(1)}` : description;
  return { ...responses, [status]: error(merged) };
}

/**
 * The errors any API route can answer besides its own, added to every route's declaration so the
 * document names them: 500 always, 400 where the route reads a body or a query (the first problem
 * found, `path` naming the field), 413 and 415 where it reads a JSON body, 429 where it is rate-limited,
 * 503 where it may be refused for load (http/load-shedding.ts).
 */
export function declareCommonErrors(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.schema || !route.url.startsWith('/api/')) return;
    const schema = route.schema;
    let responses = schema.response as Responses | undefined;
    if (schema.body || schema.querystring) responses = withError(responses, 400, 'The request is not valid (code `validation`, `path` names the field)');
    if (schema.body) responses = withError(responses, 413, 'The body is too large');
    // Photo uploads name their own media types (`consumes`) and answer a wrong one themselves.
    if (schema.body && !schema.consumes) responses = withError(responses, 415, 'The body is not application/json (code `unsupported_media_type`)');
    if (route.config?.rateLimit) responses = withError(responses, 429, 'Too many requests; see Retry-After');
    responses = withError(responses, 500, 'Something went wrong on the server');
    if (mayShed(route.url, route.config)) {
      responses = withError(responses, 503, 'The server is busy (code `overloaded`, on PostgreSQL while its queue is full); see Retry-After');
    }
    route.schema = { ...schema, response: responses };
  });
}
