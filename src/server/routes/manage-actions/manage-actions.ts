import type { FastifyInstance } from 'fastify';
import { bulkStatusSchema } from '../../../shared/manage';
import { parseOr400 } from '../../auth/roles';
import { scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { HttpError, notFound } from '../../http/http-error';
import { submissionOfMyQuarter } from '../manage/access';
import { findInScope } from '../../repositories/inbox';
import { markUnread } from '../../repositories/reads';
import { setStatusInScope } from '../../repositories/status';
import { detailParamsSchema } from '../manage-submissions/schema';

// Inbox work beyond the single-item PATCH: bulk status and "mark unread again".

export function manageActionsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    // Ids outside the caller's quarters are answered as not found, one by one (repositories/status).
    app.post('/submissions/bulk', { config: { access: 'signed-in' } }, async (request, reply) => {
      const { principal } = request;
      const body = parseOr400(bulkStatusSchema, request.body ?? {});
      // Same rule as the PATCH: the resident is told why their item was declined.
      if (body.status === 'declined' && body.reason === undefined) {
        throw new HttpError(400, 'validation', 'Give a reason when declining', 'reason');
      }
      const outcome = await ctx.db.transaction().execute((trx) =>
        setStatusInScope(trx, scopeOf(principal), {
          ids: body.ids,
          status: body.status,
          ...(body.reason !== undefined ? { reason: body.reason } : {}),
          actorUserId: principal.user.id,
        }),
      );
      return reply.send(outcome);
    });

    app.post('/submissions/:id/unread', { config: { access: submissionOfMyQuarter(ctx) } }, async (request, reply) => {
      const { principal } = request;
      const params = detailParamsSchema.safeParse(request.params);
      if (!params.success) throw notFound('No such submission');
      const row = await findInScope(ctx.db, scopeOf(principal), params.data.id);
      if (!row) throw notFound('No such submission');
      await markUnread(ctx.db, principal.user.id, row.id);
      return reply.code(204).send();
    });
  };
}
