import type { FastifyInstance } from 'fastify';
import { zodToApiError } from '../../../shared/api-error';
import { inboxQuerySchema } from '../../../shared/manage';
import { scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { HttpError, notFound } from '../../http/http-error';
import { presentInboxRow } from '../../presenters/inbox';
import { presentManagerDetail } from '../../presenters/submission';
import { findInScope, listInbox } from '../../repositories/inbox';
import { markRead } from '../../repositories/reads';
import { countSupports, listHistoryWithActors } from '../../repositories/submissions';
import { toRepositoryFilters } from '../../services/inbox-filters';
import { submissionOfMyQuarter } from '../manage/access';
import { decodeCursor, detailParamsSchema, encodeCursor } from './schema';

export function manageSubmissionsRoutes(ctx: AppContext) {
  const quarterName = (id: string) => ctx.catalog.quarterName(id);

  return async (app: FastifyInstance) => {
    app.get('/submissions', { config: { access: 'signed-in' } }, async (request, reply) => {
      const { principal } = request;
      const query = inboxQuerySchema.safeParse(request.query);
      if (!query.success) {
        const error = zodToApiError(query.error);
        throw new HttpError(400, 'validation', error.message, error.path);
      }
      const { cursor: cursorText, limit, sort, ...filter } = query.data;
      const cursor = cursorText ? decodeCursor(cursorText, sort) : undefined;
      if (cursorText && !cursor) throw new HttpError(400, 'validation', 'This cursor is not valid', 'cursor');
      const filters = toRepositoryFilters(filter, ctx.catalog);
      const { rows, more } = await listInbox(ctx.db, scopeOf(principal), filters, cursor, limit, {
        sort,
        readerId: principal.user.id,
      });
      const last = rows.at(-1);
      const next = last && { receivedAt: last.received_at, id: last.id, supports: last.support_count };
      return reply.header('cache-control', 'no-store').send({
        items: rows.map((row) => presentInboxRow(row, ctx.catalog)),
        nextCursor: more && next ? encodeCursor(sort, next) : null,
      });
    });

    // Outside the caller's quarters an item does not exist (404), so ids cannot be probed.
    app.get('/submissions/:id', { config: { access: submissionOfMyQuarter(ctx) } }, async (request, reply) => {
      const { principal } = request;
      const params = detailParamsSchema.safeParse(request.params);
      if (!params.success) throw notFound('No such submission');
      const row = await findInScope(ctx.db, scopeOf(principal), params.data.id);
      if (!row) throw notFound('No such submission');
      // Opening an item marks it read for this manager only (POST …/unread undoes it).
      await markRead(ctx.db, principal.user.id, row.id);
      const history = await listHistoryWithActors(ctx.db, row.id);
      const supports = row.kind === 'proposal' ? await countSupports(ctx.db, row.id) : null;
      return reply.header('cache-control', 'no-store').send(presentManagerDetail(row, history, quarterName, supports));
    });
  };
}
