import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OPEN311_MEDIA_TYPES, open311ErrorsSchema } from '../../../shared/open311';
import type { ResponseDeclaration } from '../../http/responses';

// How Open311 routes declare their answers: each status in both formats, JSON with its zod schema and
// XML as the alternative content type (text/xml, the same data as elements; the document cannot say
// more about XML than that, so the XML schema is a described string).

export function open311Answer<S extends z.ZodType>(description: string, schema: S, xmlRoot: string) {
  return {
    description,
    content: {
      [OPEN311_MEDIA_TYPES.json]: { schema },
      [OPEN311_MEDIA_TYPES.xml]: { schema: z.string().describe(`The same as XML: <?xml version="1.0" encoding="utf-8"?><${xmlRoot}>…</${xmlRoot}>`) },
    },
  };
}

/** `[{code, description}]`, or `<errors><error><code/><description/></error></errors>`. */
export const open311Error = (description: string) => open311Answer(description, open311ErrorsSchema, 'errors');

type Responses = Record<string, unknown>;

function withOpen311Error(responses: Responses, status: number, description: string): Responses {
  const current = responses[status] as Partial<ResponseDeclaration> | undefined;
  if (current?.description?.includes(description)) return responses;
  const merged = current?.description ? `${current.description}; or ${description.charAt(0).toLowerCase()}${description.slice(1)}` : description;
  return { ...responses, [status]: open311Error(merged) };
}

/** The errors every Open311 route can answer besides its own, in the document too (tag Open311). */
export function declareOpen311Errors(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    const schema = route.schema ?? {};
    let responses = (schema.response ?? {}) as Responses;
    responses = withOpen311Error(responses, 400, 'The URL or a parameter is not valid (the description names it)');
    responses = withOpen311Error(responses, 404, 'No such resource');
    if (schema.body) {
      responses = withOpen311Error(responses, 413, 'The body is too large');
      responses = withOpen311Error(responses, 415, 'The body is not form-encoded (application/x-www-form-urlencoded)');
    }
    if (route.config?.rateLimit) responses = withOpen311Error(responses, 429, 'Too many requests for this API key; see Retry-After');
    responses = withOpen311Error(responses, 500, 'Something went wrong on the server');
    responses = withOpen311Error(responses, 503, 'The server is busy (PostgreSQL\'s queue is full); see Retry-After');
    route.schema = { ...schema, tags: ['Open311'], response: responses };
  });
}
