import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { isLanguageChunk } from '../build/language-chunks';

// Service-worker side of the languages: German is precached, every other language's translation chunks
// are kept here the first time they load, so a language used once works offline. The names carry a
// content hash, so cache-first never serves stale text; old versions age out.

export const LANGUAGE_CACHE_NAME = 'qs-languages';

export function registerLanguageRoute(): void {
  registerRoute(
    ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET' && isLanguageChunk(url.pathname),
    new CacheFirst({
      cacheName: LANGUAGE_CACHE_NAME,
      plugins: [
        new CacheableResponsePlugin({ statuses: [200] }),
        new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 180 * 24 * 60 * 60, purgeOnQuotaError: true }),
      ],
    }),
  );
}
