import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { uuidParamsSchema } from '../../../shared/api';
import { inboxPageSchema, inboxQuerySchema, managerSubmissionSchema } from '../../../shared/manage';
import { scopeOf } from '../../auth/session';
import type { AppContext } from '../../context';
import { HttpError, notFound } from '../../http/http-error';
import { error, json } from '../../http/responses';
import { presentInboxRow } from '../../presenters/inbox';
import { presentManagerDetail } from '../../presenters/submission';
import { findInScope, listInbox } from '../../repositories/inbox';
import { markRead } from '../../repositories/reads';
import { listHistoryWithActors } from '../../repositories/submissions';
import { toRepositoryFilters } from '../../services/inbox-filters';
import { submissionOfMyQuarter } from '../manage/access';
import { decodeCursor, encodeCursor } from './schema';

export function manageSubmissionsRoutes(ctx: AppContext) {
  const quarterName = (id: string) => ctx.catalog.quarterName(id);

  return async (app: FastifyInstance) => {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    routes.get(
      '/submissions',
      {
        config: { access: 'signed-in' },
        schema: {
          summary: 'The inbox: items of the caller’s quarters, filtered, sorted, one page at a time',
          querystring: inboxQuerySchema,
          response: { 200: json('One page (no-store)', inboxPageSchema), 400: error('Invalid filter, or a cursor not made for this sort') },
        },
      },
      async (request, reply) => {
        const { principal } = request;
        const { cursor: cursorText, limit, sort, ...filter } = request.query;
        const cursor = cursorText ? decodeCursor(cursorText, sort) : undefined;
        if (cursorText && !cursor) throw new HttpError(400, 'validation', 'This cursor is not valid', 'cursor');
        const filters = toRepositoryFilters(filter, ctx.catalog);
        const { rows, more } = await listInbox(ctx.db, scopeOf(principal), filters, cursor, limit, { sort, readerId: principal.user.id });
        const last = rows.at(-1);
        const next = last && { receivedAt: last.received_at, id: last.id, supports: last.support_count };
        return reply.header('cache-control', 'no-store').send({
          items: rows.map((row) => presentInboxRow(row, ctx.catalog)),
          nextCursor: more && next ? encodeCursor(sort, next) : null,
        });
      },
    );

    // Outside the caller's quarters an item does not exist (404 from the guard), so ids cannot be probed.
    routes.get(
      '/submissions/:id',
      {
        config: { access: submissionOfMyQuarter(ctx) },
        schema: {
          summary: 'One item with contact data and history; opening it marks it read for the caller',
          params: uuidParamsSchema,
          response: { 200: json('The item (no-store)', managerSubmissionSchema) },
        },
      },
      async (request, reply) => {
        const { principal } = request;
        // Scoped again: every manager query carries the caller's scope (repositories/inbox).
        const row = await findInScope(ctx.db, scopeOf(principal), request.params.id);
        if (!row) throw notFound('No such submission');
        // Opening an item marks it read for this manager only (POST …/unread undoes it).
        await markRead(ctx.db, principal.user.id, row.id);
        const history = await listHistoryWithActors(ctx.db, row.id);
        return reply.header('cache-control', 'no-store').send(presentManagerDetail(row, history, quarterName));
      },
    );
  };
}
