import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { slugParamsSchema } from '../../../shared/api';
import { interestOverviewQuerySchema, interestOverviewSchema, interestsSchema } from '../../../shared/manage';
import { scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { json } from '../../http/responses';
import { presentInterest, presentInterestOverview } from '../../presenters/interest';
import { listDirectory } from '../../repositories/directory-content';
import { filteredSubmissions } from '../../repositories/inbox';
import { tallyInterestByOpportunity } from '../../repositories/interest-overview';
import { entryOfMyQuarter } from '../manage/access';

// Volunteer interest: the overview across the caller's opportunities (counts only, no personal data),
// and per opportunity with contact data — only for managers of the opportunity's quarter (and admins);
// anyone else gets the same 404 as for an opportunity that does not exist.

/** An opportunity with more interest than this is a good problem; the UI pages the inbox instead. */
const MAX_INTERESTS = 1000;

export function manageInterestsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    routes.get(
      '/interests',
      {
        config: { access: 'signed-in' },
        schema: {
          summary: 'Every opportunity of the caller’s quarters with its count of interest (total, new for the caller, open), most open first, and the sums',
          querystring: interestOverviewQuerySchema,
          response: { 200: json('The overview (no-store)', interestOverviewSchema) },
        },
      },
      async (request, reply) => {
        const { principal } = request;
        const { quarterId } = request.query;
        const scope = scopeOf(principal);
        const opportunities = (await listDirectory(ctx.db, 'opportunities', scope)).filter((row) => quarterId === undefined || row.quarterId === quarterId);
        const tallies = await tallyInterestByOpportunity(ctx.db, scope, principal.user.id, quarterId);
        return reply.header('cache-control', 'no-store').send(presentInterestOverview(opportunities, tallies));
      },
    );

    routes.get(
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
