import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { apiError } from '../shared/api-error';
import { LIMITS } from '../shared/limits';
import type { Config } from './config';
import { createContext, type AppContext } from './context';
import { installErrorHandler } from './http/error-handler';
import { HttpError } from './http/http-error';
import { installJsonBodyParser } from './http/json-body';
import { fastifyTrustProxy } from './http/trust-proxy';
import { loggerOptions } from './http/logger';
import { registerSecurityHeaders } from './http/security';
import { isSpaRoute, registerStaticApp, sendAppShell } from './http/static-app';
import { healthRoutes } from './routes/health/health';
import { manageSessionRoutes } from './routes/manage-session/manage-session';
import { manageSubmissionsRoutes } from './routes/manage-submissions/manage-submissions';
import { mediaRoutes } from './routes/media/media';
import { updateSubmissionRoutes } from './routes/manage-submissions/update-submission';
import { manageActionsRoutes } from './routes/manage-actions/manage-actions';
import { manageExportRoutes } from './routes/manage-export/manage-export';
import { manageFiguresRoutes } from './routes/manage-figures/manage-figures';
import { manageInterestsRoutes } from './routes/manage-interests/manage-interests';
import { manageUsersRoutes } from './routes/manage-users/manage-users';
import { manageContentRoutes } from './routes/manage-content/manage-content';
import { findOpportunityQuarter } from './repositories/directory-content';
import { rateLimitSetup } from './services/rate-limit-store';
import { feedRoutes } from './routes/feed/feed';
import { receiptsRoutes } from './routes/receipts/receipts';
import { openApiRoutes } from './routes/openapi/openapi';
import { directoryRoutes } from './routes/directory/directory';
import { readTileConfig, tileOrigins } from './routes/directory/tile-config';
import { quartersRoutes } from './routes/quarters/quarters';
import { submissionsRoutes } from './routes/submissions/submissions';
import { topicsRoutes } from './routes/topics/topics';

export interface BuildOptions {
  /** A context made by the caller (main.ts, tests); otherwise one is made here. Either way the app owns it. */
  context?: AppContext;
  /** Tests pass false to keep their output readable. */
  logger?: boolean;
  /** Sees every route as it is registered: the route-table test covers new manage routes automatically. */
  onRoute?: (route: RouteOptions) => void;
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const ctx = options.context ?? (await createContext(config));
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config.logLevel),
    bodyLimit: LIMITS.batchMaxBytes,
    trustProxy: fastifyTrustProxy(config.trustProxy),
  });
  app.addHook('onClose', async () => {
    await ctx.db.destroy();
  });
  const onRoute = options.onRoute;
  if (onRoute) app.addHook('onRoute', (route) => onRoute(route));
  try {
    await configure(app, ctx);
    await app.ready();
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

async function configure(app: FastifyInstance, ctx: AppContext): Promise<void> {
  installJsonBodyParser(app);
  installErrorHandler(app);
  const tiles = readTileConfig();
  await registerSecurityHeaders(app, tileOrigins(tiles.tileUrl));
  await app.register(cookie);

  // Salted client keys; counters in the database on PostgreSQL, so limits hold across instances.
  const limits = await rateLimitSetup(ctx.db, ctx.dialect, (error) => app.log.error({ err: error }, 'rate limit sweep failed'));
  app.addHook('onClose', async () => limits.stop());
  await app.register(rateLimit, {
    global: false,
    ...limits.options,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate_limited', `Too many requests, try again in ${context.after}`),
  });

  await app.register(healthRoutes(ctx));
  await app.register(quartersRoutes(ctx));
  await app.register(topicsRoutes(ctx));
  await app.register(directoryRoutes(ctx, tiles));
  await app.register(submissionsRoutes(ctx));
  await app.register(mediaRoutes(ctx));
  await app.register(feedRoutes(ctx));
  await app.register(receiptsRoutes(ctx));
  await app.register(openApiRoutes(ctx));
  await app.register(manageSessionRoutes(ctx));
  await app.register(manageSubmissionsRoutes(ctx));
  await app.register(updateSubmissionRoutes(ctx));
  await app.register(manageActionsRoutes(ctx));
  await app.register(manageUsersRoutes(ctx));
  await app.register(manageExportRoutes(ctx));
  await app.register(manageFiguresRoutes(ctx));
  await app.register(manageInterestsRoutes(ctx, async (id) => (await findOpportunityQuarter(ctx.db, id))?.quarterId));
  await app.register(manageContentRoutes(ctx));

  const servesApp = await registerStaticApp(app, ctx.config.staticDir);
  app.setNotFoundHandler((request, reply) => {
    if (servesApp && isSpaRoute(request.method, request.url)) return sendAppShell(reply);
    return reply.code(404).type('application/json; charset=utf-8').send(apiError('not_found', 'Not found'));
  });
}
