import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { openTab, shownReceipt, myItem, visiblePage, waitForServiceWorkerControl } from './support/app';
import { chooseKind, deliveredId, fillProposal, openSection, uniqueProposal } from './support/residents';

// What a newcomer tripped over (issue 14, item 10), walked on a phone: the feed refreshes by itself when the
// connection returns, a support names its proposal, a delivered item's badge is its status and its news says
// "Neu: Antwort", the receipt code stays whole at 320 px and is copied with one tap — axe-clean throughout.
// (The screens × locales axe and reflow table lives in accessibility.spec.ts.)
test.use({ reducedMotion: 'reduce' });

/** Set QS_SHOTS=<dir> to keep a screenshot of each checked screen (390×844) for a human look. */
async function shot(page: Page, name: string) {
  const dir = process.env.QS_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}

/** How far the visible screen's content reaches past its width (0: no horizontal scrolling). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const content = document.querySelector('.ion-page:not(.ion-page-hidden) ion-content');
    const scroller = content?.shadowRoot?.querySelector('.inner-scroll') ?? document.documentElement;
    const root = document.documentElement;
    return Math.max(scroller.scrollWidth - scroller.clientWidth, root.scrollWidth - root.clientWidth);
  });
}

test('Im Viertel, Meine Beiträge with an opened item, and the receipt lookup', async ({ page, manage, context }) => {
  // Delivery, moderation, four axe runs.
  test.setTimeout(180_000);
  const { marker, title, text } = uniqueProposal('axe');
  await page.goto('/mitmachen');
  await waitForServiceWorkerControl(page);
  await chooseKind(page, 'Vorschlag');
  await fillProposal(page, { title, text });
  const place = await openSection(page, 'section-location');
  await place.getByRole('button', { name: 'Auf der Karte zeigen' }).click();
  await place.getByRole('button', { name: 'Ort in die Kartenmitte setzen' }).click();
  await visiblePage(page).getByRole('button', { name: 'Vorschlag absenden' }).click();
  await openTab(page, 'Meine Beiträge');
  const id = await deliveredId(page, marker);
  const receipt = await shownReceipt(myItem(page, marker));
  await manage.patch(id, { moderation: 'published', status: 'in_progress', publicResponse: 'Wir prüfen den Standort mit dem Grünflächenamt.' });

  await page.goto('/viertel');
  const feed = visiblePage(page);
  const card = feed.getByTestId('feed-item').filter({ hasText: marker });
  await expect(card).toBeVisible();
  await card.getByTestId('support-button').click();
  await expect(card.getByTestId('support-message')).toContainText('Danke!');
  await shot(page, '04-feed');
  await expectNoAxeViolations(page, 'Im Viertel (list)');
  await feed.getByRole('button', { name: 'Karte' }).click();
  await expect(feed.getByTestId('directory-map')).toBeVisible();
  await shot(page, '05-feed-map');
  await expectNoAxeViolations(page, 'Im Viertel (map)');

  // Offline, the feed comes from the device and says how old it is.
  await context.setOffline(true);
  await feed.getByRole('button', { name: 'Aktualisieren' }).click();
  await expect(feed.getByTestId('feed-freshness')).toContainText('gespeicherte Fassung');
  await expect(card).toBeVisible();
  // Back online, the feed refreshes by itself: no "gespeicherte Fassung" under an "Online" bar, nothing pressed.
  await context.setOffline(false);
  await expect(feed.getByTestId('feed-freshness')).toHaveAttribute('data-from-cache', 'false');
  await expect(feed.getByTestId('feed-freshness')).not.toContainText('gespeicherte Fassung');

  await openTab(page, 'Meine Beiträge');
  // The support names the proposal it is for, not just "Unterstützung".
  const supportItem = myItem(page, `Unterstützung für „${title}“`);
  await expect(supportItem).toBeVisible();
  await visiblePage(page).getByTestId('refresh-status').click();
  const item = myItem(page, text);
  await expect(item).toHaveAttribute('data-changed', 'true');
  // What became of it is the badge; the delivery is a quiet line. The news is named: a new answer.
  await expect(item.getByTestId('status-badge')).toHaveText(['In Bearbeitung', 'Beantwortet']);
  await expect(item.getByTestId('news-item-badge')).toHaveText('Neu: Antwort');
  await expect(item.getByTestId('delivery-line')).toContainText('Zugestellt');
  await expect(item.getByTestId('state-badge')).toHaveCount(0);
  await shot(page, '06-mine-news');
  await item.getByTestId('my-item-toggle').click();
  await expect(item.getByTestId('my-public-answer')).toBeVisible();
  await expect(supportItem).toHaveAttribute('data-state', 'delivered');
  await supportItem.getByTestId('my-item-toggle').click();
  await expect(supportItem.getByTestId('my-item-subject')).toHaveText(`Unterstützter Vorschlag: „${title}“`);
  await shot(page, '07-mine-open');
  await expectNoAxeViolations(page, 'Meine Beiträge (item opened)');

  // The receipt code is copied with one tap, and "Kopiert" is announced.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await item.getByRole('button', { name: 'Nummer kopieren' }).click();
  await expect(item.getByTestId('copy-status')).toHaveText('Kopiert');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(receipt);
  // On a 320 px phone the code stays on one line and nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 700 });
  const code = item.getByTestId('receipt');
  await expect.poll(() => code.evaluate((el) => [getComputedStyle(el).whiteSpace, el.getClientRects().length])).toEqual(['nowrap', 1]);
  expect(await sidewaysOverflow(page), 'horizontal overflow at 320 px').toBe(0);

  await page.goto('/meine/nachschlagen');
  const lookup = visiblePage(page);
  await lookup.getByRole('textbox', { name: 'Empfangsnummer' }).fill(receipt);
  await lookup.getByRole('button', { name: 'Nachschlagen' }).click();
  await expect(lookup.getByTestId('lookup-result')).toContainText('in Bearbeitung');
  await shot(page, '08-lookup');
  await expectNoAxeViolations(page, 'Beitrag nachschlagen');
  await lookup.getByRole('textbox', { name: 'Empfangsnummer' }).fill(`XYZ-${randomUUID().slice(0, 4)}`);
  await lookup.getByRole('button', { name: 'Nachschlagen' }).click();
  await expect(lookup.getByTestId('lookup-result')).not.toContainText('in Bearbeitung');
});
