import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../../context';

// For load balancers and the UI's "about" screen. The database is asked, so a lost connection shows.
export function healthRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.get('/api/v1/health', async (_request, reply) => {
      await sql`select 1`.execute(ctx.db);
      return reply.header('cache-control', 'no-store').send({ status: 'ok', db: ctx.dialect, version: ctx.version });
    });
  };
}
