import { expect, test } from './support/fixtures';
import { openTab, uniqueFeedback, visiblePage } from './support/app';
import {
  SUBMISSIONS,
  deliveredShown,
  expectDeliveredOnDevice,
  expectEventuallyStoredOnce,
  openApp,
  pressSendNow,
  pressSendNowIfOffered,
  sendNowButton,
} from './support/exactly-once';
import { catalogIds, deviceState, enqueueFeedback } from './support/outbox-inject';

// Two gaps the browser suite found in the sync engine (issue 4), now fixed in src/offline/sync.ts and kept as the
// journeys that proved them: offline drains no longer deepen the backoff and `online` sends at once, and a tab
// re-drains items that a closed tab left in `sending`.

test.use({ bypassCSP: true });
// Several page loads, a service worker and backoff waits per journey: more room than the default on a busy 2-core box.
test.describe.configure({ timeout: 120_000 });

test('back online after a long time offline, waiting items are sent at once', async ({
  page,
  context,
  faultProxy,
  stored,
}) => {
  const { marker } = uniqueFeedback('long-offline');
  await openApp(page);
  await context.setOffline(true);
  const ids = await enqueueFeedback(page, { count: 1, marker, ...(await catalogIds(faultProxy.url)) });
  // Offline, "Jetzt senden" is not offered (a tap could only fail); the strip says what the item waits for.
  await expect(visiblePage(page).getByTestId('sync-indicator')).toContainText('1 wartet auf eine Verbindung');
  await expect(sendNowButton(page)).toHaveCount(0);
  // The app keeps running offline: no attempt may be counted against the item, or the backoff would keep it
  // waiting for minutes after the connection returns.
  await page.waitForTimeout(3_000);
  const [waiting] = (await deviceState(page)).outbox;
  expect(waiting, 'the item waits in the outbox').toBeDefined();
  expect(waiting?.attempts ?? -1, 'offline drains are not attempts').toBe(0);
  expect(waiting?.nextAttemptAt ?? -1, 'so nothing postpones it').toBe(0);
  await context.setOffline(false);

  const receipts = await expectEventuallyStoredOnce(stored, ids, marker, 60_000);
  await expectDeliveredOnDevice(page, ids, receipts);
  expect(faultProxy.requests(SUBMISSIONS, 'POST'), 'one POST, sent when the connection came back').toHaveLength(1);
});

test('a tab closed in the middle of a drain does not leave the other tab showing "sending" for ever', async ({
  page,
  context,
  server,
  faultProxy,
  stored,
}) => {
  const { marker } = uniqueFeedback('tab-closed');
  const closing = await context.newPage();
  await openApp(closing);
  // The hold is armed before the items exist, and the other tab opens only once the closing tab's request is held:
  // a tab that watches the outbox would otherwise send the items itself first.
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'hold' });
  const ids = await enqueueFeedback(closing, { count: 3, marker, ...(await catalogIds(server.url)) });
  await pressSendNow(closing);
  const held = await faultProxy.nextHeld();
  await openApp(page);
  await closing.close();
  await expect.poll(() => held.clientGone).toBe(true);
  // The request the closed tab started reaches the server after all; its answer goes nowhere.
  expect(await held.forward()).toBe(200);

  // The tab still open must recover: deliver on its own, or at least offer "Jetzt senden".
  await openTab(page, 'Meine Beiträge');
  await expect
    .poll(async () => (await deliveredShown(page, ids)) === ids.length || (await sendNowButton(page).isVisible()), {
      message: 'the open tab delivers or offers "Jetzt senden"',
      timeout: 20_000,
    })
    .toBe(true);
  await pressSendNowIfOffered(page);
  const receipts = await expectEventuallyStoredOnce(stored, ids, marker);
  await expectDeliveredOnDevice(page, ids, receipts, { openTab: false });
  expect((await deviceState(page)).outbox).toEqual([]);
});
