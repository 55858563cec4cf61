import type { FastifyInstance } from 'fastify';
import { publicQuartersSchema } from '../../../shared/catalog';
import type { AppContext } from '../../context';
import { cachedGet, fixedDocument } from '../../http/cached-route';
import { presentQuarters } from '../../presenters/catalog';

export function quartersRoutes(ctx: AppContext) {
  const load = fixedDocument(publicQuartersSchema, presentQuarters(ctx.catalog.quarters));
  return async (app: FastifyInstance) => {
    cachedGet(app, '/api/v1/quarters', { summary: 'The quarters as GeoJSON: id, name, district', schema: publicQuartersSchema, load });
  };
}
