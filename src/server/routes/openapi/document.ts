import { z } from 'zod';
import { apiErrorBodySchema } from '../../../shared/api-error';
import { FEED_SORTS, feedPageSchema, managePatchSchema, receiptLookupSchema } from '../../../shared/feed';
import { LIMITS } from '../../../shared/limits';
import { batchResponseSchema, submissionSchema, submitterViewSchema } from '../../../shared/submission';
import { mediaUploadSchema } from '../media/schema';

// The OpenAPI document (DESIGN §4) is made from the same zod schemas that validate requests, so it
// cannot drift from what the server accepts. Request bodies are described as zod reads them (`input`:
// defaults are optional), answers as the server writes them (`output`).

type JsonSchema = Record<string, unknown>;

/** The batch as documented: the server reads `items` loosely to answer each item on its own. */
const submissionBatchDocSchema = z.object({ items: z.array(submissionSchema).min(1).max(LIMITS.batchMaxItems) });

const COMPONENTS = {
  SubmissionBatch: [submissionBatchDocSchema, 'input'],
  Submission: [submissionSchema, 'input'],
  BatchResponse: [batchResponseSchema, 'output'],
  SubmitterView: [submitterViewSchema, 'output'],
  ReceiptLookup: [receiptLookupSchema, 'output'],
  FeedPage: [feedPageSchema, 'output'],
  ManagePatch: [managePatchSchema, 'input'],
  MediaUpload: [mediaUploadSchema, 'output'],
  Error: [apiErrorBodySchema, 'output'],
} as const satisfies Record<string, readonly [z.ZodType, 'input' | 'output']>;

type ComponentName = keyof typeof COMPONENTS;

function component(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // `$schema` belongs to a standalone document, not to an embedded OpenAPI 3.1 component.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (name: ComponentName) => ({ content: { 'application/json': { schema: ref(name) } } });
const error = (description: string) => ({ description, ...jsonContent('Error') });
const uuidParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', format: 'uuid' },
});
const PHOTO_TYPES = ['image/jpeg', 'image/webp', 'image/png'];
const binary = { type: 'string', contentEncoding: 'binary' };

function paths() {
  return {
    '/api/v1/submissions': {
      post: {
        summary: 'Deliver a batch from the outbox; one result per item, in order',
        requestBody: { required: true, ...jsonContent('SubmissionBatch') },
        responses: {
          200: { description: 'Each item accepted, duplicate or rejected', ...jsonContent('BatchResponse') },
          400: error('Unreadable envelope: not JSON, or not 1–100 items'),
          413: error('Body larger than 1 MiB'),
          429: error('Too many requests; see Retry-After'),
        },
      },
    },
    '/api/v1/submissions/{id}': {
      get: {
        summary: 'The submitter’s view of one item (the UUID is the capability)',
        parameters: [uuidParam('id', 'The item id made on the device')],
        responses: { 200: { description: 'Status, receipt, history, public answer', ...jsonContent('SubmitterView') }, 404: error('Unknown id') },
      },
    },
    '/api/v1/submissions/{id}/contact': {
      delete: {
        summary: 'Delete the contact data given with this item (idempotent)',
        parameters: [uuidParam('id', 'The item id made on the device')],
        responses: { 204: { description: 'Deleted, or there was none' }, 404: error('Unknown id'), 429: error('Too many requests') },
      },
    },
    '/api/v1/receipts/{code}': {
      get: {
        summary: 'The submitter’s view found by receipt code (typed loosely: case, spaces, O/0, I/L/1)',
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', maxLength: 40 }, example: 'ERF-4K7Q-M2XD' }],
        responses: {
          200: { description: 'The item', ...jsonContent('ReceiptLookup') },
          404: error('No item has this code'),
          429: error('Too many look-ups from this client'),
        },
      },
    },
    '/api/v1/quarters/{id}/feed': {
      get: {
        summary: 'Published proposals and public feedback of a quarter; locations coarsened',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'erfurt-42-kuehnhausen' },
          { name: 'sort', in: 'query', schema: { type: 'string', enum: [...FEED_SORTS], default: 'newest' } },
          { name: 'cursor', in: 'query', description: 'nextCursor of the previous page (opaque)', schema: { type: 'string' } },
        ],
        responses: {
          200: { description: 'One page of 20; ETag sent', ...jsonContent('FeedPage') },
          304: { description: 'Unchanged since If-None-Match' },
          400: error('Bad sort or cursor'),
          404: error('Unknown quarter'),
        },
      },
    },
    '/api/v1/media/{id}': {
      put: {
        summary: 'Upload one photo (raw body, ≤ 5 MiB); re-encoded as JPEG without metadata; idempotent',
        parameters: [uuidParam('id', 'The photo id made on the device')],
        requestBody: { required: true, content: Object.fromEntries(PHOTO_TYPES.map((type) => [type, { schema: binary }])) },
        responses: {
          201: { description: 'Stored', ...jsonContent('MediaUpload') },
          200: { description: 'The same photo was stored before', ...jsonContent('MediaUpload') },
          400: error('The id is not a UUID'),
          409: error('A different photo was stored under this id'),
          413: error('Larger than 5 MiB or more than 50 megapixels'),
          415: error('Not a JPEG, WebP or PNG image'),
          429: error('Too many requests; see Retry-After'),
        },
      },
      get: {
        summary: 'The photo, if an item showing it is published or the caller manages its quarter',
        parameters: [uuidParam('id', 'The photo id')],
        responses: { 200: { description: 'The photo', content: { 'image/jpeg': { schema: binary } } }, 304: { description: 'Unchanged' }, 404: error('Unknown or not visible') },
      },
    },
    '/api/v1/manage/submissions/{id}': {
      patch: {
        summary: 'Change status, public answer, moderation, note (session cookie + X-CSRF-Token)',
        parameters: [uuidParam('id', 'The item id')],
        requestBody: { required: true, ...jsonContent('ManagePatch') },
        responses: {
          200: { description: 'The item as the manager detail shows it', content: { 'application/json': { schema: { type: 'object' } } } },
          400: error('Invalid change (e.g. declined without reason, leaving done without reopening)'),
          401: error('No session'),
          403: error('Missing or wrong CSRF token'),
          404: error('Unknown, or outside the caller’s quarters'),
        },
      },
    },
  };
}

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Quartiersstimme API',
      version,
      description: 'Resident feedback for a city’s quarters. Errors are {"error": {"code", "message", "path"?}}.',
    },
    paths: paths(),
    components: {
      schemas: Object.fromEntries(Object.entries(COMPONENTS).map(([name, [schema, io]]) => [name, component(schema, io)])),
    },
  };
}
