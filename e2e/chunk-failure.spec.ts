import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { visiblePage } from './support/app';
import { collectPageErrors, failLaterAssets } from './support/first-paint';

// Issue 12 (3): a screen whose code cannot be loaded never crashes the app. The service worker is blocked so the
// page fetches every chunk itself — the state of a first visit before the precache finished, or of a page whose
// worker no longer has the old version's files.
test.use({ serviceWorkers: 'block' });

/** Stylesheet links in the document whose sheet never loaded. */
function unloadedStylesheets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((link) => !link.sheet).map((link) => link.href),
  );
}

const TABS = ['Im Viertel', 'Entdecken', 'Meine Beiträge', 'Mehr'] as const;

test('offline in the first seconds: other screens say so calmly, Mitmachen keeps working, a retry loads them', async ({
  page,
  context,
}) => {
  const errors = collectPageErrors(page);
  const allowLater = await failLaterAssets(page, 'abort');
  await page.goto('/mitmachen');
  const start = visiblePage(page);
  await expect(start.getByRole('heading', { level: 1, name: 'Mitmachen' })).toBeVisible();
  await expect(start.getByLabel('Ihr Feedback')).toBeEditable();
  await context.setOffline(true);

  for (const tab of TABS) {
    await page.getByRole('tab', { name: tab }).click();
    const screen = visiblePage(page);
    await expect(screen.getByRole('heading', { level: 1, name: tab })).toBeVisible();
    const failed = screen.getByTestId('chunk-failed');
    await expect(failed).toHaveAttribute('data-failure', 'offline');
    await expect(failed).toContainText('noch nicht auf diesem Gerät gespeichert');
    await expect(failed.getByRole('button', { name: 'Neu laden' })).toHaveCount(0);
  }

  // The start screen was loaded with the first paint and still takes input.
  await page.getByRole('tab', { name: 'Mitmachen' }).click();
  await visiblePage(page).getByLabel('Ihr Feedback').fill('Offline geschrieben, bevor alles gespeichert war.');

  // The language list's code loads on the first tap: offline, a calm note with a retry floats in its place and
  // closes back to the button.
  await visiblePage(page).getByTestId('language-button').click();
  const unavailable = page.getByTestId('language-unavailable');
  await expect(unavailable.getByTestId('chunk-failed')).toHaveAttribute('data-failure', 'offline');
  await unavailable.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(unavailable.getByTestId('chunk-failed')).toHaveAttribute('data-failure', 'offline');
  await unavailable.getByRole('button', { name: 'Schließen' }).click();
  await expect(unavailable).toHaveCount(0);
  await expect(visiblePage(page).getByTestId('language-button')).toBeFocused();

  // Still offline: a retry fails the same calm way instead of remembering the first failure forever.
  await page.getByRole('tab', { name: 'Entdecken' }).click();
  await visiblePage(page).getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(visiblePage(page).getByTestId('chunk-failed')).toHaveAttribute('data-failure', 'offline');

  await context.setOffline(false);
  await allowLater();
  await visiblePage(page).getByRole('button', { name: 'Erneut versuchen' }).click();
  const discover = visiblePage(page);
  await expect(discover.getByText(/\d+ Orte gefunden/)).toBeVisible();
  await expect(discover.getByTestId('chunk-failed')).toHaveCount(0);
  // The screen's stylesheet failed with its code; the retry fetched it again.
  await expect.poll(() => unloadedStylesheets(page)).toEqual([]);

  await page.getByRole('tab', { name: 'Mehr' }).click();
  await visiblePage(page).getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(visiblePage(page).getByText('Über die App')).toBeVisible();

  // Online again, the same button opens the list.
  await visiblePage(page).getByTestId('language-button').click();
  // The dialog role sits inside ion-modal's shadow root, the list is slotted light DOM beside it.
  const dialog = page.getByRole('dialog', { name: 'Sprache' });
  await expect(dialog).toBeVisible();
  const languages = page.locator('ion-modal');
  await expect(languages.getByText('Einfache Sprache')).toBeVisible();
  await languages.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();

  // Ionic loads its tap/ripple, focus and keyboard helpers right after the first paint; they come preloaded
  // with the start page, so losing the connection then leaves no uncaught rejection behind.
  expect(errors, 'uncaught errors on the page').toEqual([]);
});

test('after an update removed the old files: the screen says the app was updated, and a reload opens it', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const restore = await failLaterAssets(page, 404);
  await page.goto('/mitmachen');
  await expect(visiblePage(page).getByLabel('Ihr Feedback')).toBeEditable();

  await page.getByRole('tab', { name: 'Meine Beiträge' }).click();
  const failed = visiblePage(page).getByTestId('chunk-failed');
  await expect(failed).toHaveAttribute('data-failure', 'updated');
  await expect(failed).toContainText('aktualisiert');

  // The server has the new version now; the reload takes it.
  await restore();
  await failed.getByRole('button', { name: 'Neu laden' }).click();
  const mine = visiblePage(page);
  await expect(mine.getByRole('heading', { level: 1, name: 'Meine Beiträge' })).toBeVisible();
  await expect(mine.getByText('Auf diesem Gerät sind keine Beiträge gespeichert.')).toBeVisible();
  await expect(mine.getByTestId('chunk-failed')).toHaveCount(0);
  expect(errors, 'uncaught errors on the page').toEqual([]);
});
