import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { DEFAULT_TILE_URL, isTileUrl, tileOrigins } from '../shared/tiles';

// Service-worker side of the map: tiles seen once are kept (at most 500, for 30 days) so the map
// still has a background offline. Only the configured tile server's z/x/y images are cached.

export const TILE_CACHE_NAME = 'qs-map-tiles';

/**
 * `currentTemplate` reads the configured TILE_URL from the catalog cache. On a first visit the worker
 * starts before that is cached, so it asks again on later requests until it has an answer (then at
 * most every five minutes); meanwhile the OpenStreetMap default is matched.
 */
export function registerTileRoute(currentTemplate: () => Promise<string | undefined>): void {
  const origins = new Set(tileOrigins(DEFAULT_TILE_URL));
  let known = false;
  let askedAt = Number.NEGATIVE_INFINITY;
  const ask = () => {
    askedAt = Date.now();
    void currentTemplate()
      .then((template) => {
        if (!template) return;
        known = true;
        for (const origin of tileOrigins(template)) origins.add(origin);
      })
      .catch(() => undefined);
  };
  ask();
  registerRoute(
    ({ url, request }) => {
      if (Date.now() - askedAt > (known ? 300_000 : 1_000)) ask();
      return request.method === 'GET' && isTileUrl(url, origins);
    },
    new CacheFirst({
      cacheName: TILE_CACHE_NAME,
      plugins: [
        new CacheableResponsePlugin({ statuses: [0, 200] }),
        new ExpirationPlugin({ maxEntries: 500, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true }),
      ],
    }),
  );
}
