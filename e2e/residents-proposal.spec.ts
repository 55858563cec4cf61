import { expect, test } from './support/fixtures';
import { myItem, openTab, shownReceipt, visiblePage, waitForServiceWorkerControl } from './support/app';
import { chooseKind, deliveredId, fillProposal, uniqueProposal } from './support/residents';

// Issue 5, journey (iii): a proposal written offline, delivered, published by a manager, supported
// from a second device, answered — and the answer reaches "Meine Beiträge" on the first device.

test('proposal: offline → delivered → published → supported elsewhere → answered → shown in Meine Beiträge', async ({
  page,
  context,
  browser,
  faultProxy,
  manage,
}) => {
  // Two devices, a manager and several deliveries: longer than the default minute.
  test.setTimeout(150_000);
  const { marker, title, text } = uniqueProposal('proposal');
  await page.goto('/mitmachen');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await chooseKind(page, 'Vorschlag');
  await fillProposal(page, { title, text });
  await visiblePage(page).getByRole('button', { name: 'Vorschlag absenden' }).click();
  await expect(visiblePage(page).getByTestId('feedback-sent')).toContainText('Danke für Ihren Vorschlag');

  await openTab(page, 'Meine Beiträge');
  await expect(myItem(page, marker)).toHaveAttribute('data-state', 'saved');
  await context.setOffline(false);
  const id = await deliveredId(page, marker);
  const receipt = await shownReceipt(myItem(page, marker));

  // Not public before moderation.
  await manage.patch(id, { moderation: 'published', status: 'in_review' });

  // A second device: its own storage, its own installation id.
  const other = await browser.newContext({ baseURL: faultProxy.url, locale: 'de-DE', viewport: { width: 390, height: 844 } });
  try {
    const neighbour = await other.newPage();
    await neighbour.goto('/viertel');
    const feed = visiblePage(neighbour);
    await feed.getByLabel('Stadtteil').selectOption({ label: 'Altstadt' });
    const card = feed.getByTestId('feed-item').filter({ hasText: marker });
    await expect(card).toBeVisible();
    await expect(card.getByTestId('support-count')).toHaveAttribute('data-count', '0');
    await card.getByTestId('support-button').click();
    await expect(card.getByTestId('support-message')).toContainText('Danke');
    await expect(card.getByTestId('support-count')).toHaveAttribute('data-count', '1');
    await card.getByTestId('support-button').click();
    await expect(card.getByTestId('support-message')).toHaveText('Sie unterstützen diesen Vorschlag bereits.');
    await expect.poll(async () => (await manage.get(id))?.supportCount, { timeout: 20_000 }).toBe(1);
    // After a refresh the server's count includes the support, shown once, not twice.
    await feed.getByRole('button', { name: 'Aktualisieren' }).click();
    await expect(card.getByTestId('support-count')).toHaveAttribute('data-count', '1');

    // The neighbour can also look the proposal up by the receipt read out to them.
    await neighbour.goto('/meine/nachschlagen');
    const lookup = visiblePage(neighbour);
    await lookup.getByLabel('Empfangsnummer').fill(receipt.toLowerCase().replace(/-/g, ' '));
    await lookup.getByRole('button', { name: 'Nachschlagen' }).click();
    await expect(lookup.getByTestId('lookup-result')).toContainText('wird geprüft');
  } finally {
    await other.close();
  }

  const answer = `Danke, ${marker}: Wir stellen zwei Bänke auf.`;
  await manage.patch(id, { status: 'in_progress', publicResponse: answer });

  // Back on the first device: the news is fetched, flagged, and read.
  await page.reload();
  await openTab(page, 'Meine Beiträge');
  await visiblePage(page).getByTestId('refresh-status').click();
  const item = myItem(page, marker);
  await expect(item).toHaveAttribute('data-changed', 'true');
  await expect(page.getByTestId('news-badge')).toHaveText('1');
  await item.getByTestId('my-item-toggle').click();
  await expect(item.getByTestId('my-public-answer')).toContainText(answer);
  await expect(item.getByTestId('server-status')).toContainText('in Bearbeitung');
  await expect(item.getByTestId('status-history')).toContainText('veröffentlicht');
  await expect(item).toHaveAttribute('data-changed', 'false');
  await expect(page.getByTestId('news-badge')).toHaveCount(0);
});
