import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { LIMITS } from '../shared/limits';
import type { Config } from './config';
import { createContext, type AppContext } from './context';
import { registerCompression } from './http/compression';
import { installErrorHandler } from './http/error-handler';
import { frameworkErrorOptions, sendUnmatched, trackApiMethods } from './http/framework-errors';
import { installLoadShedding } from './http/load-shedding';
import { installMetrics, metricsEnabled } from './http/metrics';
import { declareCommonErrors } from './http/responses';
import { HttpError } from './http/http-error';
import { sendOpen311FrameworkError } from './http/open311-format';
import { installJsonBodyParser } from './http/json-body';
import { fastifyTrustProxy } from './http/trust-proxy';
import { loggerOptions } from './http/logger';
import { appInlineScriptHashes } from './http/inline-scripts';
import { registerSecurityHeaders } from './http/security';
import { isSpaRoute, registerStaticApp, sendAppShell } from './http/static-app';
import { healthRoutes } from './routes/health/health';
import { metricsRoutes } from './routes/metrics/metrics';
import { mediaRoutes } from './routes/media/media';
import { decoratePrincipal } from './auth/manage-guard';
import { rateLimitSetup } from './services/rate-limit-store';
import { feedRoutes } from './routes/feed/feed';
import { manageRoutes } from './routes/manage/manage';
import { receiptsRoutes } from './routes/receipts/receipts';
import { open311Routes } from './routes/open311/open311';
import { registerOpenApi } from './routes/openapi/openapi';
import { directoryRoutes } from './routes/directory/directory';
import { readTileConfig, tileOrigins } from './tile-config';
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
    ...frameworkErrorOptions,
    logger: options.logger === false ? false : loggerOptions(config.logLevel),
    bodyLimit: LIMITS.batchMaxBytes,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    // The router's own errors (a broken percent-encoding, an over-long parameter) come before any
    // scope: under /open311 they get the Open311 error shape; elsewhere the API's error shape.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      if (sendOpen311FrameworkError(error, request, reply)) return;
      frameworkErrorOptions.frameworkErrors(error, request, reply);
    },
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
  const apiMethods = trackApiMethods(app);
  installMetrics(app, ctx.metrics, metricsEnabled(ctx.config));
  if (ctx.dialect === 'postgres' && ctx.config.pgQueueLimit > 0) {
    installLoadShedding(app, () => ctx.poolStats().waiting, ctx.config.pgQueueLimit);
  }
  // Routes declare zod schemas: they validate requests and serialise answers (unnamed fields dropped).
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  declareCommonErrors(app);
  const tiles = readTileConfig();
  await registerSecurityHeaders(app, tileOrigins(tiles.tileUrl), appInlineScriptHashes(ctx.config.staticDir));
  await registerCompression(app);
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

  await registerOpenApi(app, ctx);
  await app.register(healthRoutes(ctx));
  await app.register(metricsRoutes(ctx));
  await app.register(quartersRoutes(ctx));
  await app.register(topicsRoutes(ctx));
  await app.register(directoryRoutes(ctx, tiles));
  await app.register(submissionsRoutes(ctx));
  await app.register(mediaRoutes(ctx));
  await app.register(feedRoutes(ctx));
  await app.register(receiptsRoutes(ctx));
  await app.register(open311Routes(ctx), { prefix: '/open311' });
  decoratePrincipal(app);
  await app.register(manageRoutes(ctx), { prefix: '/api/v1/manage' });

  const servesApp = await registerStaticApp(app, ctx.config.staticDir);
  app.setNotFoundHandler((request, reply) => {
    if (servesApp && isSpaRoute(request.method, request.url)) return sendAppShell(reply);
    return sendUnmatched(apiMethods, request, reply);
  });
}
