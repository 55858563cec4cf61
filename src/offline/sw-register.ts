import { Workbox } from 'workbox-window';
import type { AppUpdate } from './app-update';

// The worker precaches the app shell so it opens offline after the first visit. A new version installs beside
// the running one and waits (sw.ts); it is offered to the resident through the page's AppUpdate, which switches to
// it only when nothing can be lost. Waiting items and drafts are in IndexedDB, so a new version never touches them.
let registered = false;

/** An app left open (an installed app lives for days) asks for a new version when it comes back, at most this often. */
const UPDATE_CHECK_INTERVAL_MS = 30 * 60_000;

export async function registerServiceWorker(appUpdate: Pick<AppUpdate, 'offer' | 'getState'>): Promise<void> {
  if (registered || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  registered = true;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  let registration: ServiceWorkerRegistration | undefined;
  const offerWaiting = () => appUpdate.offer({ activate: () => activateWaiting(workbox, registration) });

  // Also fires on load when a version was already waiting (e.g. the resident reloaded instead of updating).
  workbox.addEventListener('waiting', offerWaiting);
  watchForeignSwitch(appUpdate);
  try {
    registration = await workbox.register();
  } catch (error) {
    console.error('service worker registration failed', error);
    return;
  }
  const offerIfWaiting = () => {
    if (registration?.waiting && navigator.serviceWorker.controller) offerWaiting();
  };
  checkAgainWhenBack(workbox, () => {
    const installing = registration?.installing;
    if (!installing) return offerIfWaiting();
    installing.addEventListener('statechange', () => installing.state === 'installed' && offerIfWaiting());
  });
}

/** Tells the waiting worker to take over (workbox-window's SKIP_WAITING) and resolves once it controls the page. */
function activateWaiting(workbox: Workbox, registration: ServiceWorkerRegistration | undefined): Promise<void> {
  // Another tab may have switched already: then the new version is in charge and only the reload is left.
  const waiting = registration?.waiting;
  if (registration && !waiting) return Promise.resolve();
  return new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
    // A page no worker controls (opened with a forced reload) gets no controllerchange: the worker being active is enough.
    waiting?.addEventListener('statechange', () => waiting.state === 'activated' && resolve());
    workbox.messageSkipWaiting();
  });
}

/**
 * A new version that took over while this page runs the old code (another tab pressed "Aktualisieren") is offered
 * too: this page then only needs a reload, with the same care. The first worker claiming a fresh page is not one.
 */
function watchForeignSwitch(appUpdate: Pick<AppUpdate, 'offer' | 'getState'>) {
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const before = controller;
    controller = navigator.serviceWorker.controller;
    if (before !== null && appUpdate.getState().phase !== 'applying') appUpdate.offer({ activate: () => Promise.resolve() });
  });
}

/**
 * The browser checks sw.js on navigations, which an app left open never does. When it comes back to the screen
 * or the connection returns, it asks once in a while; a version found waiting is offered (workbox-window reports
 * only the first update that another tab or the browser found).
 */
function checkAgainWhenBack(workbox: Workbox, afterCheck: () => void) {
  let lastCheck = Date.now();
  const check = () => {
    if (document.visibilityState !== 'visible' || navigator.onLine === false) return;
    if (Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    workbox.update().then(afterCheck, () => undefined);
  };
  document.addEventListener('visibilitychange', check);
  window.addEventListener('online', check);
}
