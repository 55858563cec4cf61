import { expect, test } from './support/fixtures';
import { fillFeedback, myItem, openTab, shownReceipt, submitFeedback, uniqueFeedback } from './support/app';

const SUBMISSIONS = '/api/v1/submissions';

// Journey (b): the server stores the item but its answer never arrives. The client must retry, get `duplicate`
// with the same receipt, and the server must still hold the item exactly once.
test('a lost answer after the server stored the item leads to one stored item and the same receipt', async ({
  page,
  faultProxy,
  stored,
}) => {
  const { marker, text } = uniqueFeedback('lost-answer');
  faultProxy.failNext({ method: 'POST', path: SUBMISSIONS, mode: 'drop-response-after-commit' });

  await page.goto('/mitmachen');
  await fillFeedback(page, { text });
  await submitFeedback(page);

  // The server answered the first POST (so it committed); the browser got a dead connection instead.
  await expect
    .poll(() => faultProxy.log().find((entry) => entry.mode === 'drop-response-after-commit')?.upstreamStatus)
    .toBe(200);

  await openTab(page, 'Meine Beiträge');
  const item = myItem(page, marker);
  const id = await item.getAttribute('data-id');
  expect(id, 'my-item has a data-id').toMatch(/^[0-9a-f-]{36}$/);
  if (id === null) return;
  expect(stored.countRows(id), 'stored by the first, unanswered request').toBe(1);

  // The sync engine retries on its own (2 s base backoff with full jitter); no need to press "Jetzt senden".
  await expect(item).toHaveAttribute('data-state', 'delivered');
  const receipt = await shownReceipt(item);

  expect(faultProxy.hits(SUBMISSIONS, 'POST'), 'the client sent the item again').toBeGreaterThanOrEqual(2);
  expect(stored.countRows(id), 'rows in submissions with this id').toBe(1);
  expect(await stored.countInInbox(id), 'inbox items with this id').toBe(1);
  expect((await stored.submitterView(id))?.receipt, 'the client shows the receipt the server has').toBe(receipt);
});
