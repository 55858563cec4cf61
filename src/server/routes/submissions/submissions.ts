import type { FastifyInstance } from 'fastify';
import { zodToApiError } from '../../../shared/api-error';
import { LIMITS } from '../../../shared/limits';
import { submissionBatchSchema, type BatchResponse } from '../../../shared/submission';
import type { AppContext } from '../../context';
import { HttpError, notFound } from '../../http/http-error';
import { presentSubmitterView } from '../../presenters/submission';
import { findSubmission, listHistory } from '../../repositories/submissions';
import { deleteContact } from '../../services/delete-contact';
import { storeBatch } from '../../services/store-submission';
import { submissionParamsSchema } from './schema';

// The outbox delivers here (DESIGN §4). The envelope fails as a whole only when it is unreadable;
// every item gets its own answer, in order.

export function submissionsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.post(
      '/api/v1/submissions',
      {
        bodyLimit: LIMITS.batchMaxBytes,
        config: { rateLimit: { max: ctx.config.rateLimitMax, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        if (request.body === undefined) {
          throw new HttpError(400, 'invalid_json', 'Send the batch as a JSON body');
        }
        const envelope = submissionBatchSchema.safeParse(request.body);
        if (!envelope.success) {
          const error = zodToApiError(envelope.error);
          throw new HttpError(400, 'validation', error.message, error.path);
        }
        // One transaction for the batch; the answer keeps item order.
        const response: BatchResponse = { results: await storeBatch({ db: ctx.db, catalog: ctx.catalog }, envelope.data.items) };
        return reply.send(response);
      },
    );

    // The UUID is the capability: whoever made the item on their device can follow it, no one else
    // can guess it. Unknown and malformed ids look the same.
    app.get('/api/v1/submissions/:id', async (request, reply) => {
      const params = submissionParamsSchema.safeParse(request.params);
      if (!params.success) throw notFound('No such submission');
      const row = await findSubmission(ctx.db, params.data.id);
      if (!row) throw notFound('No such submission');
      const history = await listHistory(ctx.db, row.id);
      return reply.header('cache-control', 'no-store').send(presentSubmitterView(row, history));
    });

    // Same capability: whoever holds the UUID may have the contact data deleted. Idempotent: 204
    // whether there was contact data or not, so a retry after a lost answer is fine.
    app.delete(
      '/api/v1/submissions/:id/contact',
      { config: { rateLimit: { max: ctx.config.rateLimitMax, timeWindow: 60_000 } } },
      async (request, reply) => {
        const params = submissionParamsSchema.safeParse(request.params);
        if (!params.success) throw notFound('No such submission');
        if ((await deleteContact(ctx.db, params.data.id)) === 'not_found') throw notFound('No such submission');
        return reply.code(204).header('cache-control', 'no-store').send();
      },
    );
  };
}
