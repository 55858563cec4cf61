import { expect, test } from './support/fixtures';
import {
  RECEIPT_PATTERN,
  fillFeedback,
  managerLogin,
  myItem,
  openTab,
  shownReceipt,
  submitFeedback,
  uniqueFeedback,
  visiblePage,
  waitForServiceWorkerControl,
} from './support/app';

// Journey (a): the core promise — write feedback with no connection, survive a reload while still offline
// (app shell from the service worker precache, item from IndexedDB), deliver exactly once when back online.
test('feedback written offline survives an offline reload and is delivered exactly once', async ({
  page,
  context,
  stored,
}) => {
  const { marker, text } = uniqueFeedback('offline');

  await page.goto('/mitmachen');
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await fillFeedback(page, { text });
  await submitFeedback(page);

  await openTab(page, 'Meine Beiträge');
  const item = myItem(page, marker);
  await expect(item).toHaveAttribute('data-state', 'saved');
  const id = await item.getAttribute('data-id');
  expect(id, 'my-item has a data-id').toMatch(/^[0-9a-f-]{36}$/);
  if (id === null) return;

  // Reload with the network still off: only the service worker can serve the app now.
  await page.reload();
  await expect(item).toHaveAttribute('data-state', 'saved');
  await expect(item).toHaveAttribute('data-id', id);
  expect(await stored.submitterView(id), 'nothing reached the server while offline').toBeUndefined();

  await context.setOffline(false);
  await expect(item).toHaveAttribute('data-state', 'delivered');
  const receipt = await shownReceipt(item);
  expect(receipt).toMatch(RECEIPT_PATTERN);

  const serverView = await stored.submitterView(id);
  expect(serverView?.receipt, 'the client shows the receipt the server issued').toBe(receipt);
  expect(stored.countRows(id), 'rows in submissions with this id').toBe(1);
  expect(await stored.countInInbox(id), 'inbox items with this id').toBe(1);

  await managerLogin(page);
  await expect(visiblePage(page).getByText(marker)).toBeVisible();
});
