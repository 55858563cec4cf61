import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { isSpaRoute } from './static-app';

// A CSP that fits the built Ionic app: its components inject inline styles ('unsafe-inline' for
// styles only); scripts only from this origin, and the inline scripts of the built index.html by
// their hashes (inline-scripts.ts, looked up again for page requests only); images also from https: for map tiles. The tile server's
// origin is also allowed for connect-src: the service worker fetches tiles to cache them.
export async function registerSecurityHeaders(
  app: FastifyInstance,
  tileOrigins: readonly string[] = [],
  scriptHashes?: (recheck: boolean) => readonly string[],
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: scriptHashes ? ["'self'", (request) => scriptHashes(isSpaRoute(request.method ?? 'GET', request.url ?? '/')).join(' ')] : ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:', ...tileOrigins],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...tileOrigins],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // No upgrade-insecure-requests: installations on a LAN address over plain http must keep working.
      },
    },
    // The app is its own origin; nothing embeds it and it embeds nothing.
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
}
