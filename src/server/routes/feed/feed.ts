import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { quarterParamsSchema } from '../../../shared/api';
import { feedPageSchema, feedQuerySchema, type FeedPage } from '../../../shared/feed';
import type { AppContext } from '../../context';
import { cacheJson, sendCachedJson } from '../../http/etag';
import { HttpError, notFound } from '../../http/http-error';
import { empty, error, json } from '../../http/responses';
import { presentFeedItem } from '../../presenters/feed';
import { listFeed } from '../../repositories/feed';
import { decodeFeedCursor, encodeFeedCursor, FEED_PAGE_SIZE } from './schema';

// `GET /api/v1/quarters/{id}/feed`: what a quarter's residents said in public, after moderation.
// Answered with an ETag over the page, so a client refreshing an unchanged feed gets a 304.

export function feedRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/api/v1/quarters/:id/feed',
      {
        schema: {
          summary: 'Published proposals and public feedback of a quarter; locations coarsened',
          params: quarterParamsSchema,
          querystring: feedQuerySchema,
          response: {
            200: json(`One page of ${FEED_PAGE_SIZE}; ETag sent`, feedPageSchema),
            304: empty('Unchanged since If-None-Match'),
            400: error('Bad sort, or a cursor not made for this sort'),
            404: error('Unknown quarter'),
          },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        if (ctx.catalog.quarterName(id) === undefined) throw notFound('No such quarter');
        const { sort, cursor: cursorText } = request.query;
        const cursor = cursorText ? decodeFeedCursor(cursorText, sort) : undefined;
        if (cursorText && !cursor) throw new HttpError(400, 'validation', 'This cursor is not valid for this sort', 'cursor');

        const { rows, more } = await listFeed(ctx.db, id, sort, cursor, FEED_PAGE_SIZE);
        const last = rows.at(-1);
        const page: FeedPage = {
          items: rows.map(presentFeedItem),
          nextCursor:
            more && last ? encodeFeedCursor(sort, { receivedAt: last.received_at, id: last.id, supports: last.support_count }) : null,
        };
        return sendCachedJson(request, reply, cacheJson(feedPageSchema, page));
      },
    );
  };
}
