import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { uuidParamsSchema } from '../../../shared/api';
import { managePatchSchema } from '../../../shared/feed';
import { managerSubmissionSchema } from '../../../shared/manage';
import { scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { HttpError, notFound } from '../../http/http-error';
import { error, json } from '../../http/responses';
import { presentManagerDetail } from '../../presenters/submission';
import { listHistoryWithActors } from '../../repositories/submissions';
import { updateSubmission } from '../../services/update-submission';
import { submissionOfMyQuarter } from '../manage/access';

// `PATCH /api/v1/manage/submissions/{id}`: status, public answer, moderation, internal note. The
// guard answers first (401, 403, and 404 outside the caller's quarters, so ids cannot be probed),
// then the body's schema (400). Answers the item as the manager detail shows it.

export function updateSubmissionRoutes(ctx: AppContext) {
  const quarterName = (id: string) => ctx.catalog.quarterName(id);

  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().patch(
      '/submissions/:id',
      {
        config: { access: submissionOfMyQuarter(ctx) },
        schema: {
          summary: 'Change status, public answer, moderation, note',
          params: uuidParamsSchema,
          body: managePatchSchema,
          response: {
            200: json('The item as the manager detail shows it', managerSubmissionSchema),
            400: error('Invalid change (e.g. declined without reason, leaving done without reopening)'),
          },
        },
      },
      async (request, reply) => {
        const { principal } = request;
        const outcome = await updateSubmission(ctx.db, { userId: principal.user.id, scope: scopeOf(principal) }, request.params.id, request.body);
        if (outcome.kind === 'not_found') throw notFound('No such submission');
        if (outcome.kind === 'invalid') throw new HttpError(400, 'validation', outcome.error.message, outcome.error.path);
        const { row } = outcome;
        const history = await listHistoryWithActors(ctx.db, row.id);
        return reply.header('cache-control', 'no-store').send(presentManagerDetail(row, history, quarterName));
      },
    );
  };
}
