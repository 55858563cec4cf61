import { expect, type Locator, type Page } from '@playwright/test';
import { visiblePage } from './app';
import type { FaultProxy } from './fault-proxy';

/*
 * "A new version is deployed" for the update journeys: the fault proxy hands the browser a byte-different sw.js
 * (the real one plus a few lines), which is what the browser sees after a deployment. The added lines answer a
 * question the old worker never answers, so a journey can tell which version controls the page.
 */

const VERSION_QUESTION = 'e2e: which version?';
const NEW_VERSION = 'e2e: version 2';

const NEW_VERSION_LINES = `
/* e2e: service worker version 2 */
self.addEventListener('message', (event) => {
  if (event.data === ${JSON.stringify(VERSION_QUESTION)}) event.ports[0]?.postMessage(${JSON.stringify(NEW_VERSION)});
});
`;

/** From now on every request for /sw.js gets the new version. */
export function deployNewVersion(faultProxy: FaultProxy): void {
  faultProxy.failNext({ method: 'GET', path: '/sw.js', mode: 'rewrite', rewrite: (body) => body + NEW_VERSION_LINES, times: 10_000 });
}

/** Asks the browser to look for a new sw.js now, as it does on its own after navigations. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('no service worker registration');
    await registration.update();
  });
}

/**
 * Which version controls the page: 'new' when the controller answers the new version's question. The old worker
 * ignores it, so the page gives it a second before it says 'old' (a probe's deadline, not a wait for a state).
 *
 * The question is an event for the controller, so never ask between "Jetzt aktualisieren" and the reload: after
 * skipWaiting Chromium stops the old worker and activates the new one once it is stopped; a message in that window
 * starts the old worker again, and the new one then waits until the old one idles out (30 s without events — which
 * repeated questions never allow). Wait for the reload (`samePage` false) first, then ask.
 */
export function controllingVersion(page: Page): Promise<'new' | 'old' | 'none'> {
  return page.evaluate(
    ({ question, answer }) =>
      new Promise<'new' | 'old' | 'none'>((resolve) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return resolve('none');
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data === answer ? 'new' : 'old');
        controller.postMessage(question, [channel.port2]);
        setTimeout(() => resolve('old'), 1_000);
      }),
    { question: VERSION_QUESTION, answer: NEW_VERSION },
  );
}

/** The registration's workers, for assertions and failure messages: installing/waiting/active states. */
export function workerStates(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return [registration?.installing, registration?.waiting, registration?.active].map((w) => w?.state ?? '-').join('/');
  });
}

/** Waits until the new version is installed and waiting beside the running one. */
export async function expectNewVersionWaiting(page: Page): Promise<void> {
  await expect.poll(() => workerStates(page), { message: 'installing/waiting/active workers', timeout: 60_000 }).toBe('-/installed/activated');
}

/** The "Neue Version verfügbar" strip of the visible page. */
export function updateBanner(page: Page): Locator {
  return visiblePage(page).getByTestId('update-banner');
}

/** Marks the running document; `samePage` stays true until the page reloads or navigates away. */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __qsSamePage?: boolean }).__qsSamePage = true;
  });
}

export function samePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __qsSamePage?: boolean }).__qsSamePage === true);
}
