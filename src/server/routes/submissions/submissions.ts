import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { uuidParamsSchema } from '../../../shared/api';
import { LIMITS } from '../../../shared/limits';
import { batchResponseSchema, submissionBatchSchema, submitterViewSchema } from '../../../shared/submission';
import type { AppContext } from '../../context';
import { notFound } from '../../http/http-error';
import { empty, error, json } from '../../http/responses';
import { presentSubmitterView } from '../../presenters/submission';
import { findSubmission, listHistory } from '../../repositories/submissions';
import { deleteContact } from '../../services/delete-contact';
import { storeBatch } from '../../services/store-submission';

// The outbox delivers here (DESIGN §4). The envelope fails as a whole only when it is unreadable (its
// schema takes 1–100 items of any shape); every item is validated on its own by the store service and
// gets its own answer, in order.

const withDeviceId = { params: uuidParamsSchema };

export function submissionsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    routes.post(
      '/api/v1/submissions',
      {
        bodyLimit: LIMITS.batchMaxBytes,
        config: { rateLimit: { max: ctx.config.rateLimitMax, timeWindow: 60_000 } },
        schema: {
          summary: 'Deliver a batch from the outbox; one result per item, in order',
          body: submissionBatchSchema,
          response: {
            200: json('Each item accepted, duplicate or rejected', batchResponseSchema),
            400: error('Unreadable envelope: not JSON (invalid_json), or not 1–100 items (validation)'),
          },
        },
      },
      async (request, reply) => {
        // One transaction for the batch; the answer keeps item order.
        const results = await storeBatch({ db: ctx.db, catalog: ctx.catalog }, request.body.items);
        return reply.send({ results });
      },
    );

    // The UUID is the capability: whoever made the item on their device can follow it, no one else
    // can guess it. Unknown and malformed ids look the same (404).
    routes.get(
      '/api/v1/submissions/:id',
      {
        schema: {
          summary: 'The submitter’s view of one item (the UUID is the capability)',
          ...withDeviceId,
          response: { 200: json('Status, receipt, history, public answer (no-store)', submitterViewSchema), 404: error('Unknown id') },
        },
      },
      async (request, reply) => {
        const row = await findSubmission(ctx.db, request.params.id);
        if (!row) throw notFound('No such submission');
        const history = await listHistory(ctx.db, row.id);
        return reply.header('cache-control', 'no-store').send(presentSubmitterView(row, history));
      },
    );

    // Same capability: whoever holds the UUID may have the contact data deleted. Idempotent: 204
    // whether there was contact data or not, so a retry after a lost answer is fine.
    routes.delete(
      '/api/v1/submissions/:id/contact',
      {
        config: { rateLimit: { max: ctx.config.rateLimitMax, timeWindow: 60_000 } },
        schema: {
          summary: 'Delete the contact data given with this item (idempotent)',
          ...withDeviceId,
          response: { 204: empty('Deleted, or there was none'), 404: error('Unknown id') },
        },
      },
      async (request, reply) => {
        if ((await deleteContact(ctx.db, request.params.id)) === 'not_found') throw notFound('No such submission');
        return reply.code(204).header('cache-control', 'no-store').send(undefined);
      },
    );
  };
}
