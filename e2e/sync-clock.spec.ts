import { expect, test } from './support/fixtures';
import { uniqueFeedback } from './support/app';
import {
  SUBMISSIONS,
  describePosts,
  expectDeliveredOnDevice,
  expectEventuallyStoredOnce,
  openApp,
} from './support/exactly-once';
import { catalogIds, deviceState, enqueueFeedback } from './support/outbox-inject';

// The device clock is part of the fault model: phones boot with a wrong time and jump when the network corrects it.
// The engine keeps `nextAttemptAt` as wall-clock time; it also keeps the time of the last attempt, and a clock that
// is now earlier than that has jumped back, so the wait is void (dueAt in src/offline/db.ts). Before that fix the
// item waited as long as the jump (a day here) unless the resident pressed "Jetzt senden".

test.use({ bypassCSP: true });
test.describe.configure({ timeout: 120_000 });

test('the device clock jumps back a day after a failed attempt: the item still goes when its backoff is over', async ({
  page,
  context,
  server,
  faultProxy,
  stored,
}, testInfo) => {
  // The phone's clock runs a day ahead (the page's clock only; the server and the test keep real time).
  await page.clock.install({ time: Date.now() + 24 * 3_600_000 });
  const { marker } = uniqueFeedback('clock-jump');
  await openApp(page);
  await context.setOffline(true);
  const ids = await enqueueFeedback(page, { count: 2, marker, ...(await catalogIds(server.url)) });
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'status', status: 503, retryAfter: 5 });
  await context.setOffline(false);
  await expect
    .poll(async () => (await deviceState(page)).outbox.map((row) => row.lastProblem))
    .toEqual(ids.map(() => 'http_503'));

  // Within the 5 s the server asked for, the network corrects the clock: back to real time.
  await page.clock.setSystemTime(Date.now());
  // Nobody presses "Jetzt senden". The wait the server asked for is long over after the poll's timeout.
  const receipts = await expectEventuallyStoredOnce(stored, ids, marker, 20_000);
  await expectDeliveredOnDevice(page, ids, receipts);
  await testInfo.attach('submission-posts.txt', { body: describePosts(faultProxy.log()), contentType: 'text/plain' });
});
