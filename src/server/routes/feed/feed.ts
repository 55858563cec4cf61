import type { FastifyInstance } from 'fastify';
import { zodToApiError } from '../../../shared/api-error';
import { feedQuerySchema, type FeedPage } from '../../../shared/feed';
import type { AppContext } from '../../context';
import { cacheJson, sendCachedJson } from '../../http/etag';
import { HttpError, notFound } from '../../http/http-error';
import { presentFeedItem } from '../../presenters/feed';
import { listFeed } from '../../repositories/feed';
import { decodeFeedCursor, encodeFeedCursor, FEED_PAGE_SIZE, feedParamsSchema } from './schema';

// `GET /api/v1/quarters/{id}/feed`: what a quarter's residents said in public, after moderation.
// Answered with an ETag over the page, so a client refreshing an unchanged feed gets a 304.

export function feedRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.get('/api/v1/quarters/:id/feed', async (request, reply) => {
      const params = feedParamsSchema.safeParse(request.params);
      if (!params.success || ctx.catalog.quarterName(params.data.id) === undefined) throw notFound('No such quarter');
      const query = feedQuerySchema.safeParse(request.query);
      if (!query.success) {
        const error = zodToApiError(query.error);
        throw new HttpError(400, 'validation', error.message, error.path);
      }
      const { sort, cursor: cursorText } = query.data;
      const cursor = cursorText ? decodeFeedCursor(cursorText, sort) : undefined;
      if (cursorText && !cursor) throw new HttpError(400, 'validation', 'This cursor is not valid for this sort', 'cursor');

      const { rows, more } = await listFeed(ctx.db, params.data.id, sort, cursor, FEED_PAGE_SIZE);
      const last = rows.at(-1);
      const page: FeedPage = {
        items: rows.map(presentFeedItem),
        nextCursor:
          more && last
            ? encodeFeedCursor(sort, { receivedAt: last.received_at, id: last.id, supports: last.support_count })
            : null,
      };
      return sendCachedJson(request, reply, cacheJson(page));
    });
  };
}
