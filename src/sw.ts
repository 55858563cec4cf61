/// <reference lib="webworker" />
import './zod-jitless';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { registerTileRoute } from './map/tile-route';
import { readCatalog } from './offline/catalog';
import { getDatabase } from './offline/db';
import { registerPhotoRoute } from './offline/photo-route';
import { createSyncEngine } from './offline/sync-engine';
import { BACKGROUND_SYNC_TAG } from './offline/sync-constants';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// The app shell is precached; every navigation outside the API opens index.html, online or not.
// API calls are not cached here (the outbox and the catalog cache in IndexedDB own offline data),
// except published photos, which are images and live in a cache of their own.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));
// Map tiles (cross-origin): cache-first with a size limit, so maps seen once have a background offline.
registerTileRoute(async () => (await readCatalog('mapConfig'))?.tileUrl);
registerPhotoRoute();

// Updates wait (docs/decisions.md, "Updates wait for the resident"): a new version installs next to the running
// one and takes over only when the page asks for it — after the resident pressed "Jetzt aktualisieren" and the page
// has saved its drafts and finished sending. workbox-window's messageSkipWaiting() sends this message.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The very first worker takes the open page at once, so it works offline from the first visit. A later version
// never claims: pages it replaces are already controlled, and each of them reloads when it is ready.
const firstInstall = self.registration.active === null;
if (firstInstall) clientsClaim();

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

// Background Sync: the browser wakes the worker when a connection is back, even with no tab open.
// A rejected promise asks the browser to try again later, so a drain that left items waiting throws.
self.addEventListener('sync', (event) => {
  const syncEvent = event as SyncEvent;
  if (syncEvent.tag !== BACKGROUND_SYNC_TAG) return;
  const engine = createSyncEngine({ db: getDatabase(), fetch: (...args) => self.fetch(...args) });
  syncEvent.waitUntil(
    engine.drain().then((outcome) => {
      if (outcome.problem) throw new Error(`outbox still waiting: ${outcome.problem}`);
    }),
  );
});
