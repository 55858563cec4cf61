import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LIMITS } from '../../../shared/limits';
import { optionalSession, scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { matchesEtag } from '../../http/etag';
import { HttpError, notFound } from '../../http/http-error';
import { findVisibleMedia, type MediaInfo } from '../../repositories/media';
import { isPhotoType, PhotoRefused } from '../../services/reencode-photo';
import { storePhoto } from '../../services/store-photo';
import { mediaParamsSchema, type MediaUpload } from './schema';

// Photos: uploaded raw by the outbox before the items that name them, served to the public only
// once an item showing them is published, and to the managers of that item's quarter before.

const MAX_MIB = LIMITS.mediaMaxBytes / 1024 / 1024;
/** Published photos may sit in caches a little while; after hiding they drop out within this time. */
const PUBLIC_CACHE = 'public, max-age=300';
const MANAGER_CACHE = 'private, no-cache';

export function mediaRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    // Only inside this plugin: every body is taken as raw bytes, so the handler can answer a wrong
    // type with 415 `not_an_image` instead of the JSON parser's 400.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: LIMITS.mediaMaxBytes }, (_request, body, done) => {
      done(null, body);
    });

    app.put(
      '/api/v1/media/:id',
      {
        bodyLimit: LIMITS.mediaMaxBytes,
        config: { rateLimit: { max: ctx.config.rateLimitMax, timeWindow: 60_000 } },
        // Refused before a byte is read when the announced size is already too big.
        onRequest: async (request) => {
          if (Number(request.headers['content-length'] ?? 0) > LIMITS.mediaMaxBytes) throw tooLarge();
        },
      },
      async (request, reply) => {
        const params = mediaParamsSchema.safeParse(request.params);
        if (!params.success) throw new HttpError(400, 'validation', 'The photo id must be a UUID', 'id');
        if (!isPhotoType(request.headers['content-type'])) {
          throw new HttpError(415, 'not_an_image', 'Send the photo as image/jpeg, image/webp or image/png');
        }
        const body = rawBody(request);
        let outcome;
        try {
          outcome = await storePhoto(ctx.db, params.data.id, body);
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

    app.get('/api/v1/media/:id', async (request, reply) => {
      const params = mediaParamsSchema.safeParse(request.params);
      if (!params.success) throw notFound('No such photo');
      let photo = await findVisibleMedia(ctx.db, params.data.id, 'public');
      let cacheControl = PUBLIC_CACHE;
      if (!photo) {
        const principal = await optionalSession(ctx.db, request);
        if (principal) photo = await findVisibleMedia(ctx.db, params.data.id, scopeOf(principal));
        cacheControl = MANAGER_CACHE;
      }
      // Unpublished, unlinked and unknown photos look the same.
      if (!photo) throw notFound('No such photo');
      const etag = `"${createHash('sha256').update(photo.bytes).digest('base64url').slice(0, 32)}"`;
      reply.header('etag', etag).header('cache-control', cacheControl);
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply.type(photo.mime).header('content-disposition', 'inline').send(photo.bytes);
    });
  };
}

function rawBody(request: FastifyRequest): Buffer {
  const body = request.body;
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new HttpError(415, 'not_an_image', 'The body is empty: send the photo bytes');
  }
  return body;
}

function tooLarge(): HttpError {
  return new HttpError(413, 'payload_too_large', `A photo may be at most ${MAX_MIB} MiB`);
}

function presentUpload(info: MediaInfo): MediaUpload {
  return { id: info.id, mime: info.mime, width: info.width, height: info.height, size: info.size };
}
