import { z } from 'zod';

// Every error the API can answer with. The client translates the code (i18n `errors:<code>`),
// the server's English message is only a fallback for other tools.
export const ERROR_CODES = [
  'validation',
  'invalid_json',
  'payload_too_large',
  'rate_limited',
  'not_found',
  // Fastify's and Node's own refusals, in the same shape (http/framework-errors.ts).
  'bad_url',
  'url_too_long',
  'method_not_allowed',
  'unsupported_media_type',
  'invalid_content_length',
  'bad_request',
  'headers_too_large',
  'request_timeout',
  // GET /api/v1/ready when the database does not answer.
  'not_ready',
  // 503 with Retry-After while the database's queue is full (http/load-shedding.ts).
  'overloaded',
  'unauthorized',
  'forbidden',
  'csrf',
  'locked_out',
  'unknown_quarter',
  'unknown_topic',
  'unknown_proposal',
  'unknown_opportunity',
  'media_missing',
  'id_conflict',
  'conflict',
  'not_an_image',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  path: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const apiErrorBodySchema = z.object({ error: apiErrorSchema }).meta({ id: 'Error' });
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

export function apiError(code: ErrorCode, message: string, path?: string): ApiErrorBody {
  return { error: path === undefined ? { code, message } : { code, message, path } };
}

/** Turns the first zod issue into the API's error shape, with a dotted path people can read. */
export function zodToApiError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  const message = issue ? issue.message : 'Invalid input';
  return path ? { code: 'validation', message, path } : { code: 'validation', message };
}
