import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { uuidParamsSchema } from '../../../shared/api';
import { bulkOutcomeSchema, bulkStatusSchema } from '../../../shared/manage';
import { scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { empty, error, json } from '../../http/responses';
import { markUnread } from '../../repositories/reads';
import { setStatusInScope } from '../../repositories/status';
import { submissionOfMyQuarter } from '../manage/access';

// Inbox work beyond the single-item PATCH: bulk status and "mark unread again".

export function manageActionsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    // Ids outside the caller's quarters are answered as not found, one by one (repositories/status).
    routes.post(
      '/submissions/bulk',
      {
        config: { access: 'signed-in' },
        schema: {
          summary: 'Set one status on many items in one transaction',
          body: bulkStatusSchema,
          response: {
            200: json('Which ids changed and which were not found (outside the caller’s quarters included)', bulkOutcomeSchema),
            400: error('Invalid body, or declined without a reason'),
          },
        },
      },
      async (request, reply) => {
        // Declining without a reason is refused by the body's schema (400, path `reason`).
        const { principal, body } = request;
        const outcome = await ctx.db.transaction().execute((trx) =>
          setStatusInScope(trx, scopeOf(principal), {
            ids: body.ids,
            status: body.status,
            ...(body.reason !== undefined ? { reason: body.reason } : {}),
            actorUserId: principal.user.id,
          }),
        );
        return reply.send(outcome);
      },
    );

    routes.post(
      '/submissions/:id/unread',
      {
        config: { access: submissionOfMyQuarter(ctx) },
        schema: { summary: 'Mark an item unread again, for the caller only', params: uuidParamsSchema, response: { 204: empty('Marked unread') } },
      },
      async (request, reply) => {
        await markUnread(ctx.db, request.principal.user.id, request.params.id);
        return reply.code(204).send(undefined);
      },
    );
  };
}
