import { expect, test } from './support/fixtures';
import { fillFeedback, myItem, openTab, submitFeedback, uniqueFeedback, waitForServiceWorkerControl } from './support/app';
import {
  SUBMISSIONS,
  describePosts,
  expectDeliveredOnDevice,
  expectEventuallyStoredOnce,
  openApp,
  sendNowUntil,
} from './support/exactly-once';
import { catalogIds, deviceState, enqueueFeedback } from './support/outbox-inject';

// An app update lands while items wait: a byte-different sw.js is installed and takes over the page (skipWaiting +
// clients.claim). The outbox lives in IndexedDB, not in the worker, so every item must still arrive exactly once.

test.use({ bypassCSP: true });
// Several page loads, a service worker and backoff waits per journey: more room than the default on a busy 2-core box.
test.describe.configure({ timeout: 120_000 });

/** Where the page keeps the worker that controlled it before sw.js changed. */
type WorkerMark = { __qsWorkerBefore?: ServiceWorker | null };

const NEW_VERSION_MARK = '\n/* e2e: service worker version 2 */\n';

test('a new service worker version activates while items wait', async ({ page, context, server, faultProxy, stored }, testInfo) => {
  const { marker, text } = uniqueFeedback('sw-update');
  await openApp(page);
  await waitForServiceWorkerControl(page);
  await expect(page.getByTestId('sync-indicator').first()).toBeVisible();

  // Items written offline: one through the form (so the app's own triggers and Background Sync registration run),
  // more through the real enqueue.
  await context.setOffline(true);
  await fillFeedback(page, { text });
  await submitFeedback(page);
  const ids = await enqueueFeedback(page, { count: 20, marker, ...(await catalogIds(server.url)) });
  await openTab(page, 'Meine Beiträge');
  const formItemId = await myItem(page, marker).filter({ hasText: 'Spielplatz' }).getAttribute('data-id');
  expect(formItemId).toMatch(/^[0-9a-f-]{36}$/);
  if (formItemId === null) return;
  ids.push(formItemId);

  // The connection returns, but the submissions endpoint stays unreachable (every POST is reset), so the items keep
  // waiting; meanwhile the deployment changed sw.js.
  // The browser checks sw.js on its own too (a soft update some time after each navigation, postponed while the
  // worker is busy), so the new version may take over before the journey asks for it: remember which worker
  // controlled the page before sw.js changed, and wait for a different one rather than for an event.
  await page.evaluate(() => {
    (window as unknown as WorkerMark).__qsWorkerBefore = navigator.serviceWorker.controller;
  });
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'reset', times: 10_000 });
  faultProxy.failNext({ method: 'GET', path: '/sw.js', mode: 'rewrite', rewrite: (body) => body + NEW_VERSION_MARK, times: 10_000 });
  await context.setOffline(false);
  await expect.poll(() => faultProxy.hits(SUBMISSIONS, 'POST'), 'the drain tried and failed').toBeGreaterThanOrEqual(1);

  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('no service worker registration');
    await registration.update();
  });
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const before = (window as unknown as WorkerMark).__qsWorkerBefore ?? null;
          const after = navigator.serviceWorker.controller;
          if (before !== null && after !== null && before !== after) return 'replaced';
          // Reported on failure: where the new version got stuck.
          const registration = await navigator.serviceWorker.getRegistration();
          const states = [registration?.installing, registration?.waiting, registration?.active].map((w) => w?.state ?? '-');
          return `not replaced (before: ${before?.state ?? 'none'}; installing/waiting/active: ${states.join('/')})`;
        }),
      { message: 'a new worker controls the page', timeout: 60_000 },
    )
    .toBe('replaced');
  expect(faultProxy.requests('/sw.js', 'GET').some((r) => r.mode === 'rewrite' && r.status === 200)).toBe(true);

  // Still waiting, nothing lost, nothing sent.
  const waiting = await deviceState(page);
  expect(waiting.outbox.map((row) => row.id).sort()).toEqual([...ids].sort());
  expect(stored.countMany(ids).perId.size, 'nothing reached the server yet').toBe(0);

  // The updated app opens (served by the new worker) with the items still there; then the endpoint comes back.
  await page.reload();
  await expect(page.getByTestId('sync-indicator').first()).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the new worker serves the app').toBe(
    true,
  );
  expect((await deviceState(page)).outbox).toHaveLength(ids.length);
  faultProxy.clearRules();
  await sendNowUntil(page, () => stored.countMany(ids).perId.size === ids.length);

  const receipts = await expectEventuallyStoredOnce(stored, ids, marker);
  await expectDeliveredOnDevice(page, ids, receipts);
  await testInfo.attach('submission-posts.txt', { body: describePosts(faultProxy.log()), contentType: 'text/plain' });
});
