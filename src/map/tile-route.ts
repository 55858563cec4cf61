import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { DEFAULT_TILE_URL, isTileUrl, tileOrigins } from '../shared/tiles';

// Service-worker side of the map: tiles seen once are kept (at most 500, for 30 days) so the map
// still has a background offline. Only the configured tile server's z/x/y images are cached.

export const TILE_CACHE_NAME = 'qs-map-tiles';

/**
 * `currentTemplate` reads the configured TILE_URL (from the catalog cache); until it answers, the
 * OpenStreetMap default is matched. Called once per worker start.
 */
export function registerTileRoute(currentTemplate: () => Promise<string | undefined>): void {
  const origins = new Set(tileOrigins(DEFAULT_TILE_URL));
  void currentTemplate()
    .then((template) => {
      if (template) for (const origin of tileOrigins(template)) origins.add(origin);
    })
    .catch(() => undefined);
  registerRoute(
    ({ url, request }) => request.method === 'GET' && isTileUrl(url, origins),
    new CacheFirst({
      cacheName: TILE_CACHE_NAME,
      plugins: [
        new CacheableResponsePlugin({ statuses: [0, 200] }),
        new ExpirationPlugin({ maxEntries: 500, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true }),
      ],
    }),
  );
}
