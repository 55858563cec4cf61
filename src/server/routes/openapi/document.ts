import { z } from 'zod';
import { apiErrorBodySchema } from '../../../shared/api-error';
import { quarterCollectionSchema, quarterFeatureSchema, topicsFileSchema } from '../../../shared/catalog';
import { centreSchema, centresFileSchema, clientConfigSchema, opportunitiesFileSchema, opportunitySchema } from '../../../shared/directory';
import { FEED_SORTS, feedPageSchema, managePatchSchema, receiptLookupSchema } from '../../../shared/feed';
import { LIMITS } from '../../../shared/limits';
import { bulkStatusSchema, exportQuerySchema, figuresSchema, inboxFilterSchema, inboxQuerySchema, newUserSchema, userPatchSchema } from '../../../shared/manage';
import { batchResponseSchema, submissionSchema, submitterViewSchema } from '../../../shared/submission';
import { CSRF_HEADER, SESSION_COOKIE } from '../../auth/session';
import { loginBodySchema } from '../manage-session/schema';
import { mediaUploadSchema } from '../media/schema';

// The OpenAPI document (DESIGN §4) is made from the same zod schemas that validate requests, so it
// cannot drift from what the server accepts. Request bodies are described as zod reads them (`input`:
// defaults are optional), answers as the server writes them (`output`).

type JsonSchema = Record<string, unknown>;

/** The batch as documented: the server reads `items` loosely to answer each item on its own. */
const submissionBatchDocSchema = z.object({ items: z.array(submissionSchema).min(1).max(LIMITS.batchMaxItems) });

/** Quarters as presenters/catalog.ts sends them: data-pack extras (official id, area) stay on the server. */
const publicQuarterSchema = quarterFeatureSchema.extend({
  properties: quarterFeatureSchema.shape.properties.pick({ id: true, name: true, district: true }),
});
const quartersDocSchema = quarterCollectionSchema.extend({ features: z.array(publicQuarterSchema).min(1) });

/**
 * PUT takes the id from the path and overwrites one in the body, so there the body may leave it out.
 * Rebuilt from the shape because zod refuses `.partial()` on refined objects; refinements do not
 * show in JSON Schema anyway.
 */
const centreReplaceSchema = z.object({ ...centreSchema.shape, id: centreSchema.shape.id.optional() });
const opportunityReplaceSchema = z.object({ ...opportunitySchema.shape, id: opportunitySchema.shape.id.optional() });

const COMPONENTS = {
  SubmissionBatch: [submissionBatchDocSchema, 'input'],
  Submission: [submissionSchema, 'input'],
  BatchResponse: [batchResponseSchema, 'output'],
  SubmitterView: [submitterViewSchema, 'output'],
  ReceiptLookup: [receiptLookupSchema, 'output'],
  FeedPage: [feedPageSchema, 'output'],
  ManagePatch: [managePatchSchema, 'input'],
  MediaUpload: [mediaUploadSchema, 'output'],
  Quarters: [quartersDocSchema, 'output'],
  Topics: [topicsFileSchema, 'output'],
  Centres: [centresFileSchema, 'output'],
  Opportunities: [opportunitiesFileSchema, 'output'],
  ClientConfig: [clientConfigSchema, 'output'],
  Login: [loginBodySchema, 'input'],
  BulkStatus: [bulkStatusSchema, 'input'],
  NewUser: [newUserSchema, 'input'],
  UserPatch: [userPatchSchema, 'input'],
  Figures: [figuresSchema, 'output'],
  Centre: [centreSchema, 'input'],
  CentreReplace: [centreReplaceSchema, 'input'],
  Opportunity: [opportunitySchema, 'input'],
  OpportunityReplace: [opportunityReplaceSchema, 'input'],
  Error: [apiErrorBodySchema, 'output'],
} as const satisfies Record<string, readonly [z.ZodType, 'input' | 'output']>;

/**
 * Answers that have no shared zod schema (mostly the manager's; its UI parses them leniently, so
 * fields can be added): documented by outline only, rather than with a hand-written schema that could drift.
 */
const OUTLINES = {
  Health: { type: 'object', description: '{status: "ok", db: "sqlite" | "postgres", version}' },
  Session: { type: 'object', description: '{user: {id, email, role, quarterIds}, csrfToken}: send csrfToken back as the CSRF header' },
  InboxPage: { type: 'object', description: '{items: [{id, kind, quarterId, quarterName, topicId, theme, title, text, status, moderation, receipt, receivedAt, unread, hasPhoto, supportCount, location, …}], nextCursor: string | null}' },
  ManagerSubmission: { type: 'object', description: '{id, kind, quarterId, quarterName, topicId, title, text, status, moderation, receipt, …} plus exact location, mediaIds, contact, publicResponse, supportCount and the history with actors and internal notes' },
  BulkOutcome: { type: 'object', description: '{updated: [ids], notFound: [ids]}: ids outside the caller’s quarters count as not found' },
  User: { type: 'object', description: '{id, email, role, quarterIds, disabled, createdAt}; never the password' },
  Users: { type: 'object', description: '{users: [User]}' },
  DirectoryEntry: { type: 'object', description: '{id, quarterId, published, createdAt, updatedAt, entry}: entry is the centre or opportunity as saved' },
  DirectoryEntries: { type: 'object', description: '{items: [DirectoryEntry]}, published or not' },
  Interests: { type: 'object', description: '{opportunityId, interests: [{id, receipt, receivedAt, status, name, contact: {email, phone}, message, contacted, contactedAt, unread}]}; name and contact are null once deleted' },
} as const satisfies Record<string, { type: 'object' | 'array'; description: string }>;

type ComponentName = keyof typeof COMPONENTS | keyof typeof OUTLINES;

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
/** Directory ids are slugs; the routes check this pattern and answer 404 for anything else. */
const slugParam = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', pattern: '^[a-z0-9-]{1,100}$' },
});
const PHOTO_TYPES = ['image/jpeg', 'image/webp', 'image/png'];
const binary = { type: 'string', contentEncoding: 'binary' };

/** What the query schemas do not say themselves (their comments are not part of the zod schema). */
const QUERY_NOTES: Record<string, string> = {
  theme: 'Every topic of this working group',
  from: 'First day (inclusive) of receipt, in the city’s time zone',
  to: 'Last day (inclusive) of receipt, in the city’s time zone',
  q: 'Text the item contains (case-insensitive)',
  cursor: 'nextCursor of the previous page (opaque; only valid for the same sort)',
  includeContact: 'Include names, e-mail addresses and phone numbers; the export is audit-logged either way',
};

/** Query parameters from the zod object the route parses, as it reads them (`input`: strings, defaults optional). */
function queryParams(schema: z.ZodObject): JsonSchema[] {
  const { properties = {}, required = [] } = component(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    ...(required.includes(name) ? { required: true } : {}),
    ...(QUERY_NOTES[name] !== undefined ? { description: QUERY_NOTES[name] } : {}),
    schema: property,
  }));
}

/** Catalog and directory documents go through http/etag.ts: strong ETag, no-cache, 304 on If-None-Match. */
const cachedGet = (summary: string, name: ComponentName) => ({
  get: {
    summary,
    responses: { 200: { description: 'The document; ETag sent', ...jsonContent(name) }, 304: { description: 'Unchanged since If-None-Match' } },
  },
});

// Manager routes (auth/session.ts): every one needs the session cookie (401 without), every
// state-changing one also the CSRF header (403 without). Both are checked before anything else.
const SESSION = [{ session: [] }];
const SESSION_AND_CSRF = [{ session: [], csrf: [] }];
const NO_SESSION = error('No session, or it expired');
const BAD_CSRF = 'Missing or wrong CSRF token';

type Operation = { summary: string; responses: Record<number, unknown> } & Record<string, unknown>;

const manageRead = (operation: Operation) => ({
  ...operation,
  security: SESSION,
  responses: { ...operation.responses, 401: NO_SESSION },
});

/** `forbidden` names a further reason for 403 besides the CSRF token (admin only, another quarter). */
const manageWrite = (operation: Operation, forbidden?: string) => ({
  ...operation,
  security: SESSION_AND_CSRF,
  responses: { ...operation.responses, 401: NO_SESSION, 403: error(forbidden ? `${BAD_CSRF}, or ${forbidden}` : BAD_CSRF) },
});

function publicPaths() {
  return {
    '/api/v1/health': {
      get: {
        summary: 'Liveness for load balancers and the about screen; asks the database',
        responses: {
          200: { description: 'Server and database answer (no-store)', ...jsonContent('Health') },
          500: error('The database did not answer'),
        },
      },
    },
    '/api/v1/quarters': cachedGet('The quarters as GeoJSON: id, name, district', 'Quarters'),
    '/api/v1/topics': cachedGet('The topics residents can choose, each with its working group (theme)', 'Topics'),
    '/api/v1/centres': cachedGet('Published neighbourhood centres', 'Centres'),
    '/api/v1/opportunities': cachedGet('Published volunteer opportunities', 'Opportunities'),
    '/api/v1/config': cachedGet('Map tiles and the data credits the client must show', 'ClientConfig'),
    '/api/v1/openapi.json': {
      get: {
        summary: 'This document',
        responses: {
          200: { description: 'OpenAPI 3.1; ETag sent', content: { 'application/json': { schema: { type: 'object', description: 'An OpenAPI 3.1 document' } } } },
          304: { description: 'Unchanged since If-None-Match' },
        },
      },
    },
  };
}

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
        // Anonymous, or with a session that also sees photos of unpublished items of its quarters.
        security: [{}, ...SESSION],
        parameters: [uuidParam('id', 'The photo id')],
        responses: { 200: { description: 'The photo', content: { 'image/jpeg': { schema: binary } } }, 304: { description: 'Unchanged' }, 404: error('Unknown or not visible') },
      },
    },
  };
}

function managePaths() {
  return {
    '/api/v1/manage/session': {
      post: {
        summary: 'Log in: sets the httpOnly session cookie (12 hours) and answers the CSRF token',
        requestBody: { required: true, ...jsonContent('Login') },
        responses: {
          200: {
            description: 'Logged in (no-store)',
            headers: { 'Set-Cookie': { description: `${SESSION_COOKIE}=…; HttpOnly; SameSite=Strict; Path=/ (Secure over https)`, schema: { type: 'string' } } },
            ...jsonContent('Session'),
          },
          400: error('Unreadable or invalid body'),
          401: error('E-mail or password is wrong (the same answer for unknown and disabled accounts)'),
          429: error('The account is locked after 5 failures (locked_out), or too many attempts from this client (rate_limited); see Retry-After'),
        },
      },
      get: manageRead({
        summary: 'The current session, so the UI can restore it after a reload',
        responses: { 200: { description: 'User and CSRF token (no-store)', ...jsonContent('Session') } },
      }),
      delete: manageWrite({ summary: 'Log out: ends this session and clears the cookie', responses: { 204: { description: 'Logged out' } } }),
    },
    '/api/v1/manage/sessions': {
      delete: manageWrite({
        summary: 'Log out everywhere: ends every session of the caller, this one included',
        responses: { 204: { description: 'All sessions ended; cookie cleared' } },
      }),
    },
    '/api/v1/manage/submissions': {
      get: manageRead({
        summary: 'The inbox: items of the caller’s quarters, filtered, sorted, one page at a time',
        parameters: queryParams(inboxQuerySchema),
        responses: {
          200: { description: 'One page (no-store)', ...jsonContent('InboxPage') },
          400: error('Invalid filter, or a cursor not made for this sort'),
        },
      }),
    },
    '/api/v1/manage/submissions/bulk': {
      post: manageWrite({
        summary: 'Set one status on many items in one transaction',
        requestBody: { required: true, ...jsonContent('BulkStatus') },
        responses: {
          200: { description: 'Which ids changed and which were not found', ...jsonContent('BulkOutcome') },
          400: error('Invalid body, or declined without a reason'),
        },
      }),
    },
    '/api/v1/manage/submissions/{id}': {
      get: manageRead({
        summary: 'One item with contact data and history; opening it marks it read for the caller',
        parameters: [uuidParam('id', 'The item id')],
        responses: {
          200: { description: 'The item (no-store)', ...jsonContent('ManagerSubmission') },
          404: error('Unknown, not a UUID, or outside the caller’s quarters'),
        },
      }),
      patch: manageWrite({
        summary: 'Change status, public answer, moderation, note',
        parameters: [uuidParam('id', 'The item id')],
        requestBody: { required: true, ...jsonContent('ManagePatch') },
        responses: {
          200: { description: 'The item as the manager detail shows it', ...jsonContent('ManagerSubmission') },
          400: error('Invalid change (e.g. declined without reason, leaving done without reopening)'),
          404: error('Unknown, or outside the caller’s quarters'),
        },
      }),
    },
    '/api/v1/manage/submissions/{id}/unread': {
      post: manageWrite({
        summary: 'Mark an item unread again, for the caller only',
        parameters: [uuidParam('id', 'The item id')],
        responses: { 204: { description: 'Marked unread' }, 404: error('Unknown, or outside the caller’s quarters') },
      }),
    },
    '/api/v1/manage/export.csv': {
      get: manageRead({
        summary: 'The filtered items of the caller’s quarters as CSV (UTF-8 with BOM), streamed; audit-logged',
        parameters: queryParams(exportQuerySchema),
        responses: {
          200: { description: 'A download (Content-Disposition: attachment)', content: { 'text/csv': { schema: { type: 'string' } } } },
          400: error('Invalid filter'),
        },
      }),
    },
    '/api/v1/manage/export.geojson': {
      get: manageRead({
        summary: 'The filtered items with a location as a GeoJSON FeatureCollection, streamed; audit-logged',
        parameters: queryParams(exportQuerySchema),
        responses: {
          200: {
            description: 'A download (Content-Disposition: attachment); items without a location are left out',
            content: { 'application/geo+json': { schema: { type: 'object', description: 'FeatureCollection of Points with the export columns as properties' } } },
          },
          400: error('Invalid filter'),
        },
      }),
    },
    '/api/v1/manage/figures': {
      get: manageRead({
        summary: 'The numbers behind the charts, for the caller’s quarters and the filters',
        parameters: queryParams(inboxFilterSchema),
        responses: { 200: { description: 'Counts and medians (no-store)', ...jsonContent('Figures') }, 400: error('Invalid filter') },
      }),
    },
    '/api/v1/manage/users': {
      get: manageRead({
        summary: 'Every account (admin only)',
        responses: { 200: { description: 'The accounts (no-store)', ...jsonContent('Users') }, 403: error('Not an admin') },
      }),
      post: manageWrite(
        {
          summary: 'Create an account (admin only)',
          requestBody: { required: true, ...jsonContent('NewUser') },
          responses: {
            201: { description: 'Created', ...jsonContent('User') },
            400: error('Invalid body, or an unknown quarter (unknown_quarter)'),
            409: error('An account with this e-mail address exists'),
          },
        },
        'not an admin',
      ),
    },
    '/api/v1/manage/users/{id}': {
      patch: manageWrite(
        {
          summary: 'Change password, role, quarters or disable an account (admin only); a new password or disabling ends its sessions',
          parameters: [uuidParam('id', 'The user id')],
          requestBody: { required: true, description: 'At least one field', ...jsonContent('UserPatch') },
          responses: {
            200: { description: 'The account as changed', ...jsonContent('User') },
            400: error('Invalid body, nothing to change, an unknown quarter, or disabling or demoting one’s own account'),
            404: error('No such user'),
          },
        },
        'not an admin',
      ),
    },
    ...contentPaths('centres', 'centre', 'Centre', 'CentreReplace'),
    ...contentPaths('opportunities', 'opportunity', 'Opportunity', 'OpportunityReplace'),
    '/api/v1/manage/opportunities/{id}/interests': {
      get: manageRead({
        summary: 'Volunteers interested in an opportunity, with contact data (newest first, at most 1000)',
        parameters: [slugParam('The opportunity id')],
        responses: {
          200: { description: 'The interests (no-store)', ...jsonContent('Interests') },
          404: error('Unknown opportunity, or outside the caller’s quarters'),
        },
      }),
    },
  };
}

/** Centres and opportunities are managed alike (manage-content.ts registers both from one table). */
function contentPaths(kind: 'centres' | 'opportunities', singular: string, body: ComponentName, replaceBody: ComponentName) {
  const base = `/api/v1/manage/${kind}`;
  const id = slugParam(`The ${singular} id`);
  const outside = error(`Unknown ${singular}, or outside the caller’s quarters`);
  // Only an opportunity names a centre (and takes its quarter from it).
  const invalid = error(kind === 'centres' ? 'Invalid body, or an unknown quarter' : 'Invalid body, or an unknown quarter or centre');
  const publishing = (published: boolean) =>
    manageWrite({
      summary: published ? `Publish a ${singular} in the public directory (idempotent)` : `Take a ${singular} out of the public directory (idempotent)`,
      parameters: [id],
      responses: { 200: { description: `The ${singular}`, ...jsonContent('DirectoryEntry') }, 404: outside },
    });
  return {
    [base]: {
      get: manageRead({
        summary: `Every ${singular} of the caller’s quarters (an admin: all), published or not`,
        responses: { 200: { description: 'The entries (no-store)', ...jsonContent('DirectoryEntries') } },
      }),
      post: manageWrite(
        {
          summary: `Create a ${singular}; it starts unpublished`,
          requestBody: { required: true, ...jsonContent(body) },
          responses: {
            201: { description: 'Created', ...jsonContent('DirectoryEntry') },
            400: invalid,
            409: error('An entry with this id exists'),
          },
        },
        'its quarter is not one of the caller’s',
      ),
    },
    [`${base}/{id}`]: {
      get: manageRead({
        summary: `One ${singular}, published or not`,
        parameters: [id],
        responses: { 200: { description: `The ${singular} (no-store)`, ...jsonContent('DirectoryEntry') }, 404: outside },
      }),
      put: manageWrite(
        {
          summary: `Replace a ${singular}; the id in the path wins over one in the body`,
          parameters: [id],
          requestBody: { required: true, ...jsonContent(replaceBody) },
          responses: {
            200: { description: `The ${singular} as saved`, ...jsonContent('DirectoryEntry') },
            400: invalid,
            404: outside,
          },
        },
        'it would move to a quarter that is not one of the caller’s',
      ),
    },
    [`${base}/{id}/publish`]: { post: publishing(true) },
    [`${base}/{id}/unpublish`]: { post: publishing(false) },
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
    paths: { ...publicPaths(), ...paths(), ...managePaths() },
    components: {
      schemas: {
        ...Object.fromEntries(Object.entries(COMPONENTS).map(([name, [schema, io]]) => [name, component(schema, io)])),
        ...OUTLINES,
      },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'Set by POST /api/v1/manage/session: httpOnly, SameSite=Strict, valid 12 hours',
        },
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: CSRF_HEADER,
          description: 'The csrfToken of the session answer; required on every state-changing manager request',
        },
      },
    },
  };
}
