import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { receiptParamsSchema } from '../../../shared/api';
import { receiptLookupSchema } from '../../../shared/feed';
import { normaliseReceipt } from '../../../shared/receipt';
import type { AppContext } from '../../context';
import { notFound } from '../../http/http-error';
import { error, json } from '../../http/responses';
import { presentSubmitterView } from '../../presenters/submission';
import { findSubmissionByReceipt, listHistory } from '../../repositories/submissions';

// `GET /api/v1/receipts/{code}`: the submitter's view, found by the code read out at the
// neighbourhood centre. A code has 40 random bits; the tight per-client limit keeps guessing useless.

export function receiptsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/api/v1/receipts/:code',
      {
        config: { rateLimit: { max: ctx.config.receiptRateLimitMax, timeWindow: 60_000 } },
        schema: {
          summary: 'The submitter’s view found by receipt code (typed loosely: case, spaces, O/0, I/L/1)',
          params: receiptParamsSchema,
          response: { 200: json('The item (no-store)', receiptLookupSchema), 404: error('No item has this code') },
        },
      },
      async (request, reply) => {
        const row = await findSubmissionByReceipt(ctx.db, normaliseReceipt(request.params.code));
        if (!row) throw notFound('No item has this receipt');
        const history = await listHistory(ctx.db, row.id);
        return reply.header('cache-control', 'no-store').send(presentSubmitterView(row, history));
      },
    );
  };
}
