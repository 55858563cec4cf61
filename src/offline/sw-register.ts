import { Workbox } from 'workbox-window';

// The worker precaches the app shell so it opens offline after the first visit. It activates at once
// (skipWaiting in sw.ts); waiting items are in IndexedDB, so a new version never touches them.
let registered = false;

export async function registerServiceWorker(): Promise<void> {
  if (registered || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  registered = true;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  try {
    await workbox.register();
  } catch (error) {
    console.error('service worker registration failed', error);
  }
}
