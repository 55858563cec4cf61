import type { FastifyInstance } from 'fastify';
import { publicQuartersSchema, quarterNamesSchema } from '../../../shared/catalog';
import type { AppContext } from '../../context';
import { cachedGet, fixedDocument } from '../../http/cached-route';
import { presentQuarterNames, presentQuarters } from '../../presenters/catalog';

export function quartersRoutes(ctx: AppContext) {
  const load = fixedDocument(publicQuartersSchema, presentQuarters(ctx.catalog.quarters));
  const loadNames = fixedDocument(quarterNamesSchema, presentQuarterNames(ctx.catalog.quarters));
  return async (app: FastifyInstance) => {
    cachedGet(app, '/api/v1/quarters', { summary: 'The quarters as GeoJSON: id, name, district', schema: publicQuartersSchema, load , whenBusy: 'answer' });
    cachedGet(app, '/api/v1/quarter-names', {
      summary: 'The quarters without their boundaries (id, name, district), sorted by name: for lists and pickers',
      schema: quarterNamesSchema,
      load: loadNames,
      whenBusy: 'answer',
    });
  };
}
