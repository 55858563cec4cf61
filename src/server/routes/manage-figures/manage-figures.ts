import type { FastifyInstance } from 'fastify';
import { inboxFilterSchema } from '../../../shared/manage';
import { parseOr400 } from '../../auth/roles';
import { requireSession, scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { computeFigures } from '../../services/figures';
import { toRepositoryFilters } from '../../services/inbox-filters';

export function manageFiguresRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.get('/api/v1/manage/figures', async (request, reply) => {
      const principal = await requireSession(ctx.db, request, { csrf: false });
      const filter = parseOr400(inboxFilterSchema, request.query);
      const figures = await computeFigures(ctx.db, scopeOf(principal), toRepositoryFilters(filter, ctx.catalog), ctx.catalog, principal.user.id);
      return reply.header('cache-control', 'no-store').send(figures);
    });
  };
}
