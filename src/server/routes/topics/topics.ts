import type { FastifyInstance } from 'fastify';
import { topicsFileSchema } from '../../../shared/catalog';
import type { AppContext } from '../../context';
import { cachedGet, fixedDocument } from '../../http/cached-route';
import { presentTopics } from '../../presenters/catalog';

export function topicsRoutes(ctx: AppContext) {
  const load = fixedDocument(topicsFileSchema, presentTopics(ctx.catalog.topics));
  return async (app: FastifyInstance) => {
    cachedGet(app, '/api/v1/topics', { summary: 'The topics residents can choose, each with its working group (theme)', schema: topicsFileSchema, load , whenBusy: 'answer' });
  };
}
