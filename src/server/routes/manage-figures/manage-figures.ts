import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { figuresSchema, inboxFilterSchema } from '../../../shared/manage';
import { scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { error, json } from '../../http/responses';
import { computeFigures } from '../../services/figures';
import { toRepositoryFilters } from '../../services/inbox-filters';

export function manageFiguresRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/figures',
      {
        config: { access: 'signed-in' },
        schema: {
          summary: 'The numbers behind the charts, for the caller’s quarters and the filters',
          querystring: inboxFilterSchema,
          response: { 200: json('Counts and medians (no-store)', figuresSchema), 400: error('Invalid filter') },
        },
      },
      async (request, reply) => {
        const { principal } = request;
        const filters = toRepositoryFilters(request.query, ctx.catalog);
        const figures = await computeFigures(ctx.db, scopeOf(principal), filters, ctx.catalog, principal.user.id);
        return reply.header('cache-control', 'no-store').send(figures);
      },
    );
  };
}
