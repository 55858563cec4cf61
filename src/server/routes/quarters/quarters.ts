import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { cacheJson, sendCachedJson } from '../../http/etag';
import { presentQuarters } from '../../presenters/catalog';

export function quartersRoutes(ctx: AppContext) {
  const doc = cacheJson(presentQuarters(ctx.catalog.quarters));
  return async (app: FastifyInstance) => {
    app.get('/api/v1/quarters', async (request, reply) => sendCachedJson(request, reply, doc));
  };
}
