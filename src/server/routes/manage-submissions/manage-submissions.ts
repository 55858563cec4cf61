import type { FastifyInstance } from 'fastify';
import { zodToApiError } from '../../../shared/api-error';
import { requireSession, type Principal } from '../../auth/session';
import type { AppContext } from '../../context';
import { HttpError, notFound } from '../../http/http-error';
import { presentInboxItem, presentManagerDetail } from '../../presenters/submission';
import { findInScope, listInbox, type Scope } from '../../repositories/inbox';
import { countSupports, listHistory } from '../../repositories/submissions';
import { decodeCursor, detailParamsSchema, encodeCursor, inboxQuerySchema } from './schema';

function scopeOf(principal: Principal): Scope {
  return principal.user.role === 'admin' ? { all: true } : { all: false, userId: principal.user.id };
}

export function manageSubmissionsRoutes(ctx: AppContext) {
  const quarterName = (id: string) => ctx.catalog.quarterName(id);

  return async (app: FastifyInstance) => {
    app.get('/api/v1/manage/submissions', async (request, reply) => {
      const principal = await requireSession(ctx.db, request, { csrf: false });
      const query = inboxQuerySchema.safeParse(request.query);
      if (!query.success) {
        const error = zodToApiError(query.error);
        throw new HttpError(400, 'validation', error.message, error.path);
      }
      const { cursor: cursorText, limit, ...filters } = query.data;
      const cursor = cursorText ? decodeCursor(cursorText) : undefined;
      if (cursorText && !cursor) throw new HttpError(400, 'validation', 'This cursor is not valid', 'cursor');
      const { rows, more } = await listInbox(ctx.db, scopeOf(principal), filters, cursor, limit);
      const last = rows.at(-1);
      return reply.header('cache-control', 'no-store').send({
        items: rows.map((row) => presentInboxItem(row, quarterName)),
        nextCursor: more && last ? encodeCursor({ receivedAt: last.received_at, id: last.id }) : null,
      });
    });

    // Outside the caller's quarters an item does not exist (404), so ids cannot be probed.
    app.get('/api/v1/manage/submissions/:id', async (request, reply) => {
      const principal = await requireSession(ctx.db, request, { csrf: false });
      const params = detailParamsSchema.safeParse(request.params);
      if (!params.success) throw notFound('No such submission');
      const row = await findInScope(ctx.db, scopeOf(principal), params.data.id);
      if (!row) throw notFound('No such submission');
      const history = await listHistory(ctx.db, row.id);
      const supports = row.kind === 'proposal' ? await countSupports(ctx.db, row.id) : null;
      return reply.header('cache-control', 'no-store').send(presentManagerDetail(row, history, quarterName, supports));
    });
  };
}
