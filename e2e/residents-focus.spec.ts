import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { fillFeedback, myItem, openTab, submitFeedback, uniqueFeedback, visiblePage } from './support/app';
import { focusedElement, isFocused } from './support/keyboard';
import { chooseKind, deliveredId, fillProposal, uniqueProposal } from './support/residents';

// A button that is `disabled` while it works drops the focus to the document body, and a form replaced by its
// confirmation takes the focus with it: a keyboard or screen-reader user then starts again at the top of the
// page. These journeys press the buttons and read where the focus is afterwards.

test.describe.configure({ timeout: 120_000 });

async function expectFocused(page: Page, target: Locator, what: string): Promise<void> {
  await expect
    .poll(async () => ((await isFocused(target)) ? 'focused' : await focusedElement(page)), { message: `focus on ${what}` })
    .toBe('focused');
}

test('"Unterstützen" keeps the focus, tapped and with Enter', async ({ page, manage }) => {
  const { marker, title, text } = uniqueProposal('focus-support');
  await page.goto('/mitmachen');
  await chooseKind(page, 'Vorschlag');
  await fillProposal(page, { title, text });
  await visiblePage(page).getByRole('button', { name: 'Vorschlag absenden' }).click();
  await openTab(page, 'Meine Beiträge');
  const id = await deliveredId(page, marker);
  await manage.patch(id, { moderation: 'published' });

  await page.goto('/viertel');
  const feed = visiblePage(page);
  await feed.getByLabel('Stadtteil').selectOption({ label: 'Altstadt' });
  const card = feed.getByTestId('feed-item').filter({ hasText: marker });
  const button = card.getByTestId('support-button');
  await button.click();
  await expect(card.getByTestId('support-message')).toContainText('Danke!');
  await expectFocused(page, button, 'the support button after a tap');

  await button.press('Enter');
  await expect(card.getByTestId('support-message')).toHaveText('Sie unterstützen diesen Vorschlag bereits.');
  await expectFocused(page, button, 'the support button after Enter');
});

test('"Wo bin ich?" keeps the focus once the quarter is found', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 50.9755, longitude: 11.0228, accuracy: 15 });
  await page.goto('/mitmachen');
  const screen = visiblePage(page);
  const button = screen.getByRole('button', { name: 'Wo bin ich?' });
  await button.click();
  await expect(screen.getByTestId('where-am-i-result')).toContainText('Sie sind in Altstadt');
  await expectFocused(page, button, '"Wo bin ich?"');
});

test('after "Interesse senden" the focus is on the confirmation, and after "Noch eine Anfrage" in the form', async ({ page, manage }) => {
  const slug = `e2e-focus-${randomUUID().slice(0, 8)}`;
  await manage.publishRealOpportunity(slug);
  await page.goto(`/entdecken/engagement/${slug}`);
  const details = visiblePage(page).getByTestId('opportunity-details');
  const form = details.getByTestId('interest-form');
  await form.getByLabel('Ihr Name').fill('Alex E2E');
  await form.getByLabel('Telefonnummer').fill('0361 123456');
  await form.getByRole('button', { name: 'Interesse senden' }).click();
  const confirmation = details.getByTestId('interest-saved');
  await expect(confirmation).toBeVisible();
  await expectFocused(page, confirmation, 'the confirmation');
  // "Noch eine Anfrage" brings the form back with the focus in its first field.
  await details.getByRole('button', { name: 'Noch eine Anfrage' }).click();
  await expectFocused(page, form.getByLabel('Ihr Name'), 'the name field');
});

test('deleting an item in "Meine Beiträge" moves the focus to the next item, and after the last to the empty list', async ({ page }) => {
  const first = uniqueFeedback('focus-delete-1');
  const second = uniqueFeedback('focus-delete-2');
  await page.goto('/mitmachen');
  for (const [index, feedback] of [first, second].entries()) {
    if (index > 0) await visiblePage(page).getByRole('button', { name: 'Weiteres Feedback geben' }).click();
    await fillFeedback(page, { text: feedback.text });
    await submitFeedback(page);
    await expect(visiblePage(page).getByTestId('feedback-sent')).toHaveAttribute('data-phase', 'delivered');
  }

  await openTab(page, 'Meine Beiträge');
  await deliveredId(page, first.marker);
  await deliveredId(page, second.marker);
  // Newest first: the second item heads the list, so deleting it leaves the first as the next one.
  for (const [marker, next] of [
    [second.marker, myItem(page, first.marker).getByRole('heading', { level: 2 })],
    [first.marker, visiblePage(page).getByTestId('my-items-empty')],
  ] as const) {
    const item = myItem(page, marker);
    await item.getByTestId('my-item-toggle').click();
    await item.getByRole('button', { name: 'Von diesem Gerät löschen' }).click();
    await page.getByRole('alertdialog', { name: 'Von diesem Gerät löschen?' }).getByRole('button', { name: 'Löschen' }).click();
    await expect(item).toHaveCount(0);
    await expectFocused(page, next, `what follows ${marker}`);
  }
});
