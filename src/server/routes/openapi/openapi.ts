import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { cacheJson, sendCachedJson } from '../../http/etag';
import { openApiDocument } from './document';

// Built once at start: the schemas do not change while the server runs.
export function openApiRoutes(ctx: AppContext) {
  const doc = cacheJson(openApiDocument(ctx.version));
  return async (app: FastifyInstance) => {
    app.get('/api/v1/openapi.json', async (request, reply) => sendCachedJson(request, reply, doc));
  };
}
