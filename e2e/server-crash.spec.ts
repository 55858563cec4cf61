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
  // Don't wait for the backoff: the resident presses "Jetzt senden".
  await visiblePage(page).getByRole('button', { name: 'Jetzt senden' }).click();
  await expect(item).toHaveAttribute('data-state', 'delivered');
  const receipt = await shownReceipt(item);
  expect(stored.countRows(id), 'rows in submissions with this id').toBe(1);
  expect((await stored.submitterView(id))?.receipt).toBe(receipt);
});
