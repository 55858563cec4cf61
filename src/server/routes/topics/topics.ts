import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { cacheJson, sendCachedJson } from '../../http/etag';
import { presentTopics } from '../../presenters/catalog';

export function topicsRoutes(ctx: AppContext) {
  const doc = cacheJson(presentTopics(ctx.catalog.topics));
  return async (app: FastifyInstance) => {
    app.get('/api/v1/topics', async (request, reply) => sendCachedJson(request, reply, doc));
  };
}
