import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core';
import { MEDIA_PATH } from './sync-engine';

// Service-worker side of the public feed: published photos seen once stay viewable offline, like the
// feed text the app keeps in IndexedDB.

export const PHOTO_CACHE_NAME = 'qs-public-photos';

/**
 * Only photos the server marks `public` are kept. A manager's view of an unpublished photo answers
 * `private`, and must never land in a cache another person on a shared device could read.
 */
const onlyPublic: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && /(^|,)\s*public\b/.test(response.headers.get('cache-control') ?? '') ? response : null,
  // A photo that was hidden since answers 404: drop the copy, so it is not shown offline either.
  fetchDidSucceed: async ({ request, response }) => {
    if (response.status === 404) await (await caches.open(PHOTO_CACHE_NAME)).delete(request);
    return response;
  },
};

export function registerPhotoRoute(): void {
  registerRoute(
    ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET' && url.pathname.startsWith(MEDIA_PATH),
    // Network first: moderation can hide a photo at any time, and online the server's answer wins.
    new NetworkFirst({
      cacheName: PHOTO_CACHE_NAME,
      networkTimeoutSeconds: 6,
      plugins: [onlyPublic, new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true })],
    }),
  );
}
