import { expect, test } from './support/fixtures';
import { fillFeedback, myItem, openTab, submitFeedback, uniqueFeedback, visiblePage } from './support/app';
import { deliveredId } from './support/residents';

// "Meine Beiträge" fetches what became of a freshly delivered item by itself. The app's start already asked
// the server (before the item existed), and that start throttles the next ordinary refresh for 30 s, so the
// screen must ask for items it has no status of yet on its own, without the "Stand aktualisieren" button.
test('a freshly delivered item shows its status on "Meine Beiträge" without pressing refresh, and a later visit fetches news', async ({ page, manage }) => {
  const { marker, text } = uniqueFeedback('status-fresh');
  await page.goto('/mitmachen');
  await fillFeedback(page, { text });
  await submitFeedback(page);
  await expect(visiblePage(page).getByTestId('feedback-sent')).toHaveAttribute('data-phase', 'delivered');

  await openTab(page, 'Meine Beiträge');
  const id = await deliveredId(page, marker);
  const item = myItem(page, marker);
  await expect(item.getByTestId('status-badge')).toHaveText('Eingegangen');
  await item.getByTestId('my-item-toggle').click();
  await expect(item).not.toContainText('Der Stand wurde noch nicht abgerufen');

  // A visit after the 30 s throttle asks again: the clock is moved on rather than waited for.
  await manage.patch(id, { status: 'in_progress' });
  await openTab(page, 'Mitmachen');
  await expect(visiblePage(page).getByTestId('feedback-sent')).toBeVisible();
  await page.clock.setFixedTime(Date.now() + 35_000);
  await openTab(page, 'Meine Beiträge');
  await expect(item.getByTestId('status-badge')).toHaveText('In Bearbeitung');

  // The refresh button keeps the focus while it works (a disabled button would drop it to <body>).
  const refresh = visiblePage(page).getByTestId('refresh-status');
  await refresh.click();
  await expect(refresh).toHaveText('Stand aktualisieren');
  await expect(refresh).toBeFocused();
});

// The server refuses an item right after it was sent (here the answer is made up, so no real rule has to be
// broken): the confirmation must not thank for it in the green success card.
test('an item the server refuses at once gets a warning card, not the thanks', async ({ page, context }) => {
  await context.route('**/api/v1/submissions', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    const { items } = route.request().postDataJSON() as { items: Array<{ id: string }> };
    const results = items.map(({ id }) => ({ id, status: 'rejected', error: { code: 'validation', message: 'Refused in a journey' } }));
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ results }) });
  });
  const { text } = uniqueFeedback('refused');
  await page.goto('/mitmachen');
  await fillFeedback(page, { text });
  await submitFeedback(page);
  const card = visiblePage(page).getByTestId('feedback-sent');
  await expect(card).toHaveAttribute('data-phase', 'attention');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Ihr Beitrag wurde nicht angenommen');
  await expect(card).not.toContainText('Danke');
  await expect(card).toHaveClass(/notice-warning/);
  await expect(card).not.toHaveClass(/notice-success/);
});
