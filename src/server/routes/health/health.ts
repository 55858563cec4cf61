import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { healthSchema } from '../../../shared/api';
import type { AppContext } from '../../context';
import { json } from '../../http/responses';

// For load balancers and the UI's "about" screen. The database is asked, so a lost connection shows.
export function healthRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/api/v1/health',
      {
        schema: {
          summary: 'Liveness for load balancers and the about screen; asks the database',
          response: { 200: json('Server and database answer (no-store)', healthSchema) },
        },
      },
      async (_request, reply) => {
        await sql`select 1`.execute(ctx.db);
        return reply.header('cache-control', 'no-store').send({ status: 'ok', db: ctx.dialect, version: ctx.version });
      },
    );
  };
}
