import type { FastifyInstance } from 'fastify';
import { zodToApiError } from '../../../shared/api-error';
import { managePatchSchema } from '../../../shared/feed';
import { scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { HttpError, notFound } from '../../http/http-error';
import { presentManagerDetail } from '../../presenters/submission';
import { countSupports, listHistoryWithActors } from '../../repositories/submissions';
import { updateSubmission } from '../../services/update-submission';
import { submissionOfMyQuarter } from '../manage/access';
import { detailParamsSchema } from './schema';

// `PATCH /api/v1/manage/submissions/{id}`: status, public answer, moderation, internal note. The
// session and its CSRF token come first (401, 403), the scope next (404 outside the caller's quarters,
// so ids cannot be probed), then the body (400). Answers the item as the manager detail shows it.

export function updateSubmissionRoutes(ctx: AppContext) {
  const quarterName = (id: string) => ctx.catalog.quarterName(id);

  return async (app: FastifyInstance) => {
    app.patch('/submissions/:id', { config: { access: submissionOfMyQuarter(ctx) } }, async (request, reply) => {
      const { principal } = request;
      const params = detailParamsSchema.safeParse(request.params);
      if (!params.success) throw notFound('No such submission');
      const body = managePatchSchema.safeParse(request.body ?? {});
      if (!body.success) {
        const error = zodToApiError(body.error);
        throw new HttpError(400, 'validation', error.message, error.path);
      }
      const outcome = await updateSubmission(ctx.db, { userId: principal.user.id, scope: scopeOf(principal) }, params.data.id, body.data);
      if (outcome.kind === 'not_found') throw notFound('No such submission');
      if (outcome.kind === 'invalid') throw new HttpError(400, 'validation', outcome.error.message, outcome.error.path);
      const { row } = outcome;
      const history = await listHistoryWithActors(ctx.db, row.id);
      const supports = row.kind === 'proposal' ? await countSupports(ctx.db, row.id) : null;
      return reply.header('cache-control', 'no-store').send(presentManagerDetail(row, history, quarterName, supports));
    });
  };
}
