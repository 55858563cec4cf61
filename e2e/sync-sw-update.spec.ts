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
import {
  checkForUpdate,
  controllingVersion,
  deployNewVersion,
  expectNewVersionWaiting,
  markPage,
  samePage,
  updateBanner,
  workerStates,
} from './support/new-version';

// An app update lands while items wait: a byte-different sw.js is installed and WAITS (no skipWaiting): the page
// keeps its worker, even across a reload, and says "Neue Version verfügbar". When the resident presses the update
// button, the new worker takes over and the page reloads into it. The outbox lives in IndexedDB, not in the worker,
// so every item must still arrive exactly once.

test.use({ bypassCSP: true });
// Several page loads, a service worker and backoff waits per journey: more room than the default on a busy 2-core box.
test.describe.configure({ timeout: 120_000 });

test('a new service worker version waits for the resident while items wait', async ({ page, context, server, faultProxy, stored }, testInfo) => {
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
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'reset', times: 10_000 });
  deployNewVersion(faultProxy);
  await context.setOffline(false);
  await expect.poll(() => faultProxy.hits(SUBMISSIONS, 'POST'), 'the drain tried and failed').toBeGreaterThanOrEqual(1);

  // The new version installs and waits; the running version keeps the page, and says a new one is there.
  await checkForUpdate(page);
  await expectNewVersionWaiting(page);
  expect(faultProxy.requests('/sw.js', 'GET').some((r) => r.mode === 'rewrite' && r.status === 200)).toBe(true);
  await expect(updateBanner(page)).toContainText('Neue Version verfügbar.');
  expect(await controllingVersion(page), 'the old version still controls the page').toBe('old');

  // A reload is not an update: the page comes back under the old worker, the new one still waits and is offered.
  await page.reload();
  await expect(page.getByTestId('sync-indicator').first()).toBeVisible();
  await expect(updateBanner(page)).toHaveAttribute('data-phase', 'available');
  expect(await workerStates(page)).toBe('-/installed/activated');
  expect(await controllingVersion(page)).toBe('old');

  // Still waiting, nothing lost, nothing sent.
  const waiting = await deviceState(page);
  expect(waiting.outbox.map((row) => row.id).sort()).toEqual([...ids].sort());
  expect(stored.countMany(ids).perId.size, 'nothing reached the server yet').toBe(0);

  // The resident presses the button: the page reloads into the new version with the items still there; then the
  // endpoint comes back.
  await markPage(page);
  await updateBanner(page).getByRole('button', { name: 'Jetzt aktualisieren' }).click();
  await expect.poll(() => samePage(page).catch(() => false), 'the page reloaded').toBe(false);
  await expect(page.getByTestId('sync-indicator').first()).toBeVisible();
  await expect.poll(() => controllingVersion(page), 'the new worker serves the app').toBe('new');
  await expect(updateBanner(page)).toHaveCount(0);
  expect((await deviceState(page)).outbox).toHaveLength(ids.length);
  faultProxy.clearRules();
  deployNewVersion(faultProxy);
  await sendNowUntil(page, () => stored.countMany(ids).perId.size === ids.length);

  const receipts = await expectEventuallyStoredOnce(stored, ids, marker);
  await expectDeliveredOnDevice(page, ids, receipts);
  await testInfo.attach('submission-posts.txt', { body: describePosts(faultProxy.log()), contentType: 'text/plain' });
});
