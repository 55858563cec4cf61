import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { healthSchema, readySchema } from '../../../shared/api';
import type { AppContext } from '../../context';
import { HttpError } from '../../http/http-error';
import { error, json } from '../../http/responses';

// Two questions a load balancer or an orchestrator asks:
// - health (liveness): does the process answer? Never touches the database, so a database outage does
//   not get healthy app processes restarted in a loop. The app's own "is the server there" probe and
//   the about screen use it too.
// - ready (readiness): may requests be sent here? A trivial query that must come back within
//   READY_TIMEOUT_MS; otherwise 503, and the balancer sends traffic elsewhere until it answers again.

export function healthRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    routes.get(
      '/api/v1/health',
      {
        config: { whenBusy: 'answer' },
        schema: {
          summary: 'Liveness: the process answers (the database is not asked; see /api/v1/ready)',
          response: { 200: json('The server answers (no-store)', healthSchema) },
        },
      },
      async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok', db: ctx.dialect, version: ctx.version }),
    );

    routes.get(
      '/api/v1/ready',
      {
        config: { whenBusy: 'answer' },
        schema: {
          summary: 'Readiness: the database answers a query within READY_TIMEOUT_MS',
          response: {
            200: json('The database answered (no-store)', readySchema),
            503: error('The database did not answer in time or failed (code `not_ready`)'),
          },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        try {
          await withTimeout(sql`select 1`.execute(ctx.db), ctx.config.readyTimeoutMs);
        } catch (cause) {
          request.log.warn({ err: cause }, 'readiness check: the database did not answer');
          throw new HttpError(503, 'not_ready', 'The database does not answer', undefined, { 'retry-after': '5' });
        }
        return reply.send({ status: 'ready', db: ctx.dialect });
      },
    );
  };
}

class Timeout extends Error {
  override name = 'Timeout';
}

/** The query itself cannot be cancelled; the answer does not wait for it. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Timeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
