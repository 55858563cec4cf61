import type { FastifyInstance } from 'fastify';
import { inboxFilterSchema } from '../../../shared/manage';
import { parseOr400 } from '../../auth/roles';
import { scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { computeFigures } from '../../services/figures';
import { toRepositoryFilters } from '../../services/inbox-filters';

export function manageFiguresRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.get('/figures', { config: { access: 'signed-in' } }, async (request, reply) => {
      const { principal } = request;
      const filter = parseOr400(inboxFilterSchema, request.query);
      const figures = await computeFigures(ctx.db, scopeOf(principal), toRepositoryFilters(filter, ctx.catalog), ctx.catalog, principal.user.id);
      return reply.header('cache-control', 'no-store').send(figures);
    });
  };
}
