import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

// The built PWA is served by the same process as the API. Caching follows what the service worker
// needs: the worker and the HTML shell are always revalidated (so an update is seen at once), files
// under /assets carry a content hash in their name and may be cached for a year.
// Every text file has a brotli and a gzip copy beside it, made at build time (src/build/precompress.ts);
// `preCompressed` picks one by Accept-Encoding and always says `Vary: Accept-Encoding`. The cache rule
// looks at the served file's path, so `x.js.br` under /assets is immutable like `x.js`.

const LONG_CACHE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

function cacheControlFor(filePath: string, root: string): string {
  const relative = path.relative(root, filePath).split(path.sep).join('/');
  return relative.startsWith('assets/') ? LONG_CACHE : REVALIDATE;
}

/** Registers the static files; false (API only) when the folder or its index.html is missing. */
export async function registerStaticApp(app: FastifyInstance, staticDir: string): Promise<boolean> {
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: staticDir,
    prefix: '/',
    index: ['index.html'],
    cacheControl: false,
    preCompressed: true,
    // Directory listings and dotfiles are not part of the app.
    list: false,
    dotfiles: 'ignore',
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlFor(filePath, staticDir));
    },
  });
  return true;
}

/**
 * Client-side routes (`/submissions/…`, `/manage`) have no file: a browser asking for one gets the app
 * shell. Paths whose last segment looks like a file name get a real 404, so a missing script is
 * never answered with HTML.
 */
export function isSpaRoute(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const pathname = url.split('?')[0] ?? '';
  if (pathname === '/api' || pathname.startsWith('/api/')) return false;
  const last = pathname.split('/').pop() ?? '';
  return !last.includes('.');
}

/** The shell goes through the same static handler, so it is precompressed and cached like `/`. */
export function sendAppShell(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', REVALIDATE).sendFile('index.html');
}
