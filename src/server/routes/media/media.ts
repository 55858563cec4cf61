import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mediaUploadSchema, uuidParamsSchema } from '../../../shared/api';
import { LIMITS } from '../../../shared/limits';
import { optionalSession, scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { matchesEtag } from '../../http/etag';
import { HttpError } from '../../http/http-error';
import { bytes, empty, error, json } from '../../http/responses';
import { presentUpload } from '../../presenters/media';
import { findVisibleMedia } from '../../repositories/media';
import { isPhotoType, PhotoRefused } from '../../services/reencode-photo';
import { storePhoto } from '../../services/store-photo';

// Photos: uploaded raw by the outbox before the items that name them, served to the public only
// once an item showing them is published, and to the managers of that item's quarter before.

const MAX_MIB = LIMITS.mediaMaxBytes / 1024 / 1024;
/**
 * Published photos may be stored by any cache, but every use asks the server first (a 304 through the
 * ETag costs no bytes): a manager can hide the item at any moment, and from then on no reload may show
 * the photo from a browser's, a proxy's or the service worker's copy.
 */
const PUBLIC_CACHE = 'public, no-cache';
const MANAGER_CACHE = 'private, no-cache';
const PHOTO_TYPES = ['image/jpeg', 'image/webp', 'image/png'];

/**
 * The raw photo as the parser below hands it over. Whether it is an image is the handler's call
 * (415 `not_an_image`, also for an empty body), not a schema's (400).
 */
const photoBytes = z
  .custom<Buffer | undefined>((value) => value === undefined || Buffer.isBuffer(value))
  .meta({ type: 'string', contentEncoding: 'binary', description: 'The photo bytes (JPEG, WebP or PNG, at most 5 MiB)' });

export function mediaRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    // Only inside this plugin: every body is taken as raw bytes, so the handler can answer a wrong
    // type with 415 `not_an_image` instead of the JSON parser's 400.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: LIMITS.mediaMaxBytes }, (_request, body, done) => {
      done(null, body);
    });

    const routes = app.withTypeProvider<ZodTypeProvider>();
    routes.put(
      '/api/v1/media/:id',
      {
        bodyLimit: LIMITS.mediaMaxBytes,
        // The device names the photo it is creating: a malformed id is a mistake to point out (400).
        config: { rateLimit: { max: ctx.config.rateLimitMax, timeWindow: 60_000 }, invalidParams: 'validation' },
        schema: {
          summary: 'Upload one photo (raw body, ≤ 5 MiB); re-encoded as JPEG without metadata; idempotent',
          params: uuidParamsSchema,
          body: photoBytes,
          consumes: PHOTO_TYPES,
          response: {
            201: json('Stored', mediaUploadSchema),
            200: json('The same photo was stored before', mediaUploadSchema),
            400: error('The id is not a UUID'),
            409: error('A different photo was stored under this id'),
            413: error('Larger than 5 MiB or more than 50 megapixels'),
            415: error('Not a JPEG, WebP or PNG image, or no body'),
          },
        },
        // Refused before a byte is read when the announced size is already too big.
        onRequest: async (request) => {
          if (Number(request.headers['content-length'] ?? 0) > LIMITS.mediaMaxBytes) throw tooLarge();
        },
      },
      async (request, reply) => {
        if (!isPhotoType(request.headers['content-type'])) {
          throw new HttpError(415, 'not_an_image', 'Send the photo as image/jpeg, image/webp or image/png');
        }
        const body = request.body;
        if (body === undefined || body.length === 0) throw new HttpError(415, 'not_an_image', 'The body is empty: send the photo bytes');
        let outcome;
        try {
          outcome = await storePhoto(ctx.db, request.params.id, body);
        } catch (error) {
          if (error instanceof PhotoRefused && error.reason === 'too_many_pixels') {
            throw new HttpError(413, 'payload_too_large', error.message);
          }
          if (error instanceof PhotoRefused) throw new HttpError(415, 'not_an_image', error.message);
          throw error;
        }
        if (outcome.kind === 'conflict') {
          throw new HttpError(409, 'id_conflict', 'A different photo was uploaded under this id before', 'id');
        }
        return reply
          .code(outcome.kind === 'created' ? 201 : 200)
          .header('cache-control', 'no-store')
          .send(presentUpload(outcome.info));
      },
    );

    routes.get(
      '/api/v1/media/:id',
      {
        schema: {
          summary: 'The photo, if an item showing it is published or the caller manages its quarter',
          // Anonymous, or with a session that also sees photos of unpublished items of its quarters.
          security: [{}, { session: [] }],
          params: uuidParamsSchema,
          response: {
            200: bytes('The photo (re-encoded JPEG)', ['image/jpeg'], z.string().meta({ contentEncoding: 'binary' })),
            304: empty('Unchanged since If-None-Match'),
            404: error('Unknown, or not visible to the caller'),
          },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        let photo = await findVisibleMedia(ctx.db, id, 'public');
        let cacheControl = PUBLIC_CACHE;
        if (!photo) {
          const principal = await optionalSession(ctx.db, request);
          if (principal) photo = await findVisibleMedia(ctx.db, id, scopeOf(principal));
          cacheControl = MANAGER_CACHE;
        }
        // Unpublished, unlinked and unknown photos look the same.
        // Not stored either: the photo of an item published a minute later must show at once.
        if (!photo) throw new HttpError(404, 'not_found', 'No such photo', undefined, { 'cache-control': 'no-store' });
        const etag = `"${createHash('sha256').update(photo.bytes).digest('base64url').slice(0, 32)}"`;
        reply.header('etag', etag).header('cache-control', cacheControl);
        if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send(undefined);
        return reply.type(photo.mime).header('content-disposition', 'inline').send(photo.bytes);
      },
    );
  };
}

function tooLarge(): HttpError {
  return new HttpError(413, 'payload_too_large', `A photo may be at most ${MAX_MIB} MiB`);
}
