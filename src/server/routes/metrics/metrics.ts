import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { HttpError } from '../../http/http-error';
import { bearerMatches } from '../../http/metrics-server';
import { bytes, error } from '../../http/responses';

// Where only the app's port is reachable (one exposed port on a platform), the metrics can be read
// there instead of on METRICS_PORT — but only with METRICS_TOKEN, so a public port never shows them
// to anyone. With METRICS_PORT set, this route does not exist.

export function metricsRoutes(ctx: AppContext) {
  return async (app: FastifyInstance) => {
    const token = ctx.config.metricsToken;
    if (token === undefined || ctx.config.metricsPort !== undefined) return;
    app.withTypeProvider<ZodTypeProvider>().get(
      '/api/v1/metrics',
      {
        config: { whenBusy: 'answer' },
        schema: {
          summary: 'Prometheus metrics (only with METRICS_TOKEN set and no METRICS_PORT)',
          security: [{ metricsToken: [] }],
          response: {
            200: bytes('Prometheus text exposition format (no-store)', ['text/plain']),
            401: error('No or another token than METRICS_TOKEN'),
          },
        },
        onRequest: async (request) => {
          if (!bearerMatches(request.headers.authorization, token)) {
            throw new HttpError(401, 'unauthorized', 'Send the metrics token as Authorization: Bearer <token>', undefined, {
              'www-authenticate': 'Bearer realm="metrics"',
            });
          }
        },
      },
      async (_request, reply) => {
        const text = await ctx.metrics.registry.metrics();
        return reply.header('cache-control', 'no-store').type(ctx.metrics.registry.contentType).send(text);
      },
    );
  };
}
