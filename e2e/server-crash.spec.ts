import { expect, test } from './support/fixtures';
import {
  fillFeedback,
  myItem,
  openTab,
  shownReceipt,
  submitFeedback,
  uniqueFeedback,
  visiblePage,
} from './support/app';
import { appStoredOnDevice } from './support/exactly-once';

// "Nothing lost" across a server crash: the item waits while the server is down (the proxy answers 502 like a
// real reverse proxy) and is delivered exactly once after the server comes back on the same DATA_DIR.
test('feedback sent while the server is down is delivered once after it restarts', async ({
  page,
  server,
  faultProxy,
  stored,
}) => {
  const { marker, text } = uniqueFeedback('crash');
  await page.goto('/mitmachen');
  await appStoredOnDevice(page);
  await fillFeedback(page, { text });

  await server.stop({ signal: 'SIGKILL' });
  await submitFeedback(page);
  await openTab(page, 'Meine Beiträge');
  const item = myItem(page, marker);
  await expect.poll(() => faultProxy.hits('/api/v1/submissions', 'POST')).toBeGreaterThanOrEqual(1);
  await expect(item).toHaveAttribute('data-state', 'saved');
  const id = await item.getAttribute('data-id');
  expect(id, 'my-item has a data-id').toMatch(/^[0-9a-f-]{36}$/);
  if (id === null) return;

  await server.start();
  // Don't wait for the backoff: the resident presses "Jetzt senden" — again, as people do, if the first tap fell
  // into a retry that started before the restart.
  const sendNow = visiblePage(page).getByRole('button', { name: 'Jetzt senden' });
  await expect
    .poll(
      async () => {
        if ((await item.getAttribute('data-state')) === 'delivered') return true;
        if (await sendNow.isVisible()) await sendNow.click({ timeout: 5_000 }).catch(() => undefined);
        return false;
      },
      { message: 'the item is delivered after the restart', timeout: 90_000, intervals: [1_000] },
    )
    .toBe(true);
  const receipt = await shownReceipt(item);
  expect(stored.countRows(id), 'rows in submissions with this id').toBe(1);
  expect((await stored.submitterView(id))?.receipt).toBe(receipt);
});
