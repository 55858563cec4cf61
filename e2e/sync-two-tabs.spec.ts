import { expect, test } from './support/fixtures';
import { openTab, uniqueFeedback } from './support/app';
import {
  SUBMISSIONS,
  describePosts,
  expectDeliveredOnDevice,
  expectEventuallyStoredOnce,
  openApp,
  sendsPerId,
} from './support/exactly-once';
import { catalogIds, enqueueFeedback } from './support/outbox-inject';

// Two tabs of the app share one outbox (one IndexedDB). Both start a drain when the connection returns; the drain
// lock (navigator.locks) must let only one send at a time, or both would post the same items side by side.

test.use({ bypassCSP: true });
// Several page loads, a service worker and backoff waits per journey: more room than the default on a busy 2-core box.
test.describe.configure({ timeout: 180_000 });

test('two tabs with waiting items: one drain at a time, each item stored once, both tabs show all delivered', async ({
  page,
  context,
  server,
  faultProxy,
  stored,
}, testInfo) => {
  const { marker } = uniqueFeedback('two-tabs');
  const other = await context.newPage();
  await openApp(page);
  await openApp(other);

  await context.setOffline(true);
  const catalog = await catalogIds(server.url);
  // 60 + 60: more than one batch (100), written from both tabs.
  const ids = [
    ...(await enqueueFeedback(page, { count: 60, parallel: 10, marker: `${marker}-a`, ...catalog })),
    ...(await enqueueFeedback(other, { count: 60, parallel: 10, marker: `${marker}-b`, ...catalog })),
  ];
  // Both tabs then watch "Meine Beiträge" live while the drains change the shared database.
  await openTab(page, 'Meine Beiträge');
  await openTab(other, 'Meine Beiträge');
  await expect(page.locator('[data-testid="my-item"][data-state="saved"]')).toHaveCount(ids.length);
  await expect(other.locator('[data-testid="my-item"][data-state="saved"]')).toHaveCount(ids.length);
  // The second batch's answer is lost after the server stored it, so a drain ends half-way and the retry overlaps
  // with what the other tab's drain finds.
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'pass' });
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'drop-response-after-commit' });

  // Back online: both tabs get `online` and both start a drain.
  await context.setOffline(false);
  const receipts = await expectEventuallyStoredOnce(stored, ids, marker);
  await expectDeliveredOnDevice(page, ids, receipts, { openTab: false });
  await expectDeliveredOnDevice(other, ids, receipts, { openTab: false });

  const posts = faultProxy.requests(SUBMISSIONS, 'POST');
  await testInfo.attach('submission-posts.txt', { body: describePosts(posts), contentType: 'text/plain' });
  // One drain at a time: each POST started after the previous one's answer was sent (or its connection died).
  for (let i = 1; i < posts.length; i++) {
    const previous = posts[i - 1];
    const current = posts[i];
    if (!previous || !current) continue;
    expect(previous.endedAt, `POST ${i} ended`).toBeDefined();
    expect(current.at, `POST ${i + 1} started while POST ${i} was in flight:\n${describePosts(posts)}`).toBeGreaterThanOrEqual(
      previous.endedAt ?? Number.POSITIVE_INFINITY,
    );
  }
  // Only the batch whose answer was lost went twice; everything else was sent exactly once.
  const lost = new Set(posts.find((post) => post.mode === 'drop-response-after-commit')?.itemIds ?? []);
  expect(lost.size, 'the lost batch').toBeGreaterThan(0);
  const sentTwice = [...sendsPerId(posts)].filter(([, n]) => n > 1);
  expect(sentTwice.filter(([id, n]) => !lost.has(id) || n > 2), 'items sent more often than needed').toEqual([]);
});
