import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { slugParamsSchema } from '../../../shared/api';
import { interestsSchema } from '../../../shared/manage';
import { scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { json } from '../../http/responses';
import { presentInterest } from '../../presenters/interest';
import { filteredSubmissions } from '../../repositories/inbox';
import { entryOfMyQuarter } from '../manage/access';

// Volunteer interest per opportunity, with contact data: only for managers of the opportunity's
// quarter (and admins). Anyone else gets the same 404 as for an opportunity that does not exist.

/** An opportunity with more interest than this is a good problem; the UI pages the inbox instead. */
const MAX_INTERESTS = 1000;

export function manageInterestsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/opportunities/:id/interests',
      {
        config: { access: entryOfMyQuarter(ctx, 'opportunities') },
        schema: {
          summary: `Volunteers interested in an opportunity, with contact data (newest first, at most ${MAX_INTERESTS})`,
          params: slugParamsSchema,
          response: { 200: json('The interests (no-store)', interestsSchema) },
        },
      },
      async (request, reply) => {
        const { principal } = request;
        const { id } = request.params;
        const rows = await filteredSubmissions(ctx.db, scopeOf(principal), { kind: 'interest', opportunityId: id }, principal.user.id)
          .orderBy('submissions.received_at', 'desc')
          .orderBy('submissions.id', 'desc')
          .limit(MAX_INTERESTS)
          .execute();
        return reply.header('cache-control', 'no-store').send({ opportunityId: id, interests: rows.map(presentInterest) });
      },
    );
  };
}
