import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { normaliseReceipt } from '../../../shared/receipt';
import type { AppContext } from '../../context';
import { notFound } from '../../http/http-error';
import { presentSubmitterView } from '../../presenters/submission';
import { findSubmissionByReceipt, listHistory } from '../../repositories/submissions';

// `GET /api/v1/receipts/{code}`: the submitter's view, found by the code read out at the
// neighbourhood centre. A code has 40 random bits; the tight per-client limit keeps guessing useless.

const paramsSchema = z.object({ code: z.string().min(1).max(40) });

export function receiptsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.get(
      '/api/v1/receipts/:code',
      { config: { rateLimit: { max: ctx.config.receiptRateLimitMax, timeWindow: 60_000 } } },
      async (request, reply) => {
        const params = paramsSchema.safeParse(request.params);
        if (!params.success) throw notFound('No item has this receipt');
        const row = await findSubmissionByReceipt(ctx.db, normaliseReceipt(params.data.code));
        if (!row) throw notFound('No item has this receipt');
        const history = await listHistory(ctx.db, row.id);
        return reply.header('cache-control', 'no-store').send(presentSubmitterView(row, history));
      },
    );
  };
}
