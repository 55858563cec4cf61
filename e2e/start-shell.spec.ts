import type { Page, Route } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { visiblePage } from './support/app';

// Issue 12: on a first visit the start screen's frame (src/ui/start-shell.ts) is painted before the app's
// code has arrived, in the resident's language, and the real screen takes its place. The worker is blocked so
// every request of the page passes the routes below.
test.use({ serviceWorkers: 'block' });

const SHELL = '#qs-start-shell';

/** Holds back the app's own entry script until the returned function is called: a slow first download. */
async function holdAppEntry(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('Arabic phone', () => {
  test.use({ locale: 'ar-EG' });

  test("a first visit shows the start screen's frame in the resident's language before the app has arrived, then the real screen", async ({
    page,
  }) => {
    const release = await holdAppEntry(page);
    // Not until "load": the held script holds that back too.
    await page.goto('/', { waitUntil: 'commit' });
    const shell = page.locator(SHELL);
    await expect(shell).toBeVisible();
    const arabic = shell.locator('[data-language="ar"]');
    await expect(arabic).toBeVisible();
    await expect(arabic).toHaveAttribute('dir', 'rtl');
    await expect(arabic).toHaveAttribute('lang', 'ar');
    await expect(arabic).toContainText('المشاركة');
    // The other languages' frames are in the page but not shown.
    await expect(shell.locator('[data-language="de"]')).toBeHidden();
    // Hidden from screen readers: nothing there can be used yet, and the real screen is read when it comes.
    await expect(shell).toHaveAttribute('aria-hidden', 'true');
    await expect(page.getByRole('heading')).toHaveCount(0);

    release();
    const start = visiblePage(page);
    await expect(start.getByRole('heading', { level: 1, name: 'المشاركة' })).toBeVisible();
    await expect(start.getByTestId('feedback-form')).toBeVisible();
    await expect(shell).toHaveCount(0);
  });
});

test('the frame stays until the start screen has its quarters and topics, and gives way to the real screen', async ({ page }) => {
  // What was in the page when the frame went: the form with its intro, not a spinner or an empty screen.
  await page.addInitScript(() => {
    let shown = false;
    new MutationObserver(() => {
      const frame = document.getElementById('qs-start-shell');
      if (frame && document.documentElement.hasAttribute('data-start-shell')) shown = true;
      if (shown && !frame && !document.documentElement.dataset.atDismissal) {
        document.documentElement.dataset.atDismissal = document.querySelector('.feedback-form .intro') ? 'form' : 'no form';
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-start-shell'] });
  });
  let releaseCatalog!: () => void;
  const catalogReleased = new Promise<void>((resolve) => (releaseCatalog = resolve));
  await page.route('**/api/v1/topics', async (route) => {
    await catalogReleased;
    await route.continue();
  });
  await page.goto('/mitmachen');
  // The app runs (its tab bar is there) but the screen still waits: the frame covers the spinner.
  await expect(page.getByRole('tab', { name: 'Entdecken' })).toBeAttached();
  await expect(visiblePage(page).getByRole('main').getByRole('status')).toContainText('Stadtteile und Themen werden geladen');
  await expect(page.locator(SHELL)).toBeVisible();

  releaseCatalog();
  await expect(visiblePage(page).getByLabel('Ihr Feedback')).toBeEditable();
  await expect(page.locator(SHELL)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-at-dismissal', 'form');
});

test('a tap on a tab through the frame opens that screen, and the frame goes', async ({ page }) => {
  await page.route('**/api/v1/topics', () => undefined);
  await page.goto('/');
  await expect(page.locator(SHELL)).toBeVisible();
  // The frame lets taps through to the app's own tab bar beneath it.
  await page.getByRole('tab', { name: 'Entdecken' }).click();
  await expect(visiblePage(page).getByRole('heading', { level: 1, name: 'Entdecken' })).toBeVisible();
  await expect(page.locator(SHELL)).toHaveCount(0);
});

test('offline on a first visit: the calm message, not the frame', async ({ page }) => {
  await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
  await page.goto('/mitmachen');
  await expect(visiblePage(page).getByRole('alert')).toContainText('noch nicht auf diesem Gerät');
  await expect(page.locator(SHELL)).toHaveCount(0);
});

test('a link to another screen shows no frame', async ({ page }) => {
  // Whether the frame was ever shown, even for a moment: the script marks <html> with the language to show
  // (observed from the document: init scripts run before <html> exists).
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.documentElement.hasAttribute('data-start-shell')) document.documentElement.dataset.shellSeen = 'yes';
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-start-shell'] });
  });
  await page.goto('/entdecken');
  await expect(visiblePage(page).getByRole('heading', { level: 1, name: 'Entdecken' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-shell-seen', 'yes');
  // Its unused markup is gone too.
  await expect(page.locator(SHELL)).toHaveCount(0);

  // The same observer does see it on the start route (so the check above can fail).
  await page.goto('/');
  await expect(visiblePage(page).getByLabel('Ihr Feedback')).toBeEditable();
  await expect(page.locator('html')).toHaveAttribute('data-shell-seen', 'yes');
  await expect(page.locator(SHELL)).toHaveCount(0);
});
