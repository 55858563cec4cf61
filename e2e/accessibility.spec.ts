import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import {
  fillFeedback,
  managerLogin,
  myItem,
  openTab,
  submitFeedback,
  uniqueFeedback,
  visiblePage,
  waitForServiceWorkerControl,
} from './support/app';

// Journey (c): no axe violations (WCAG 2.2 AA tags) on each screen a resident or manager sees.
// Reduced motion, so no screen is checked half-way through an Ionic page transition.
test.use({ reducedMotion: 'reduce' });

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test('Mitmachen, empty form', async ({ page }) => {
    await page.goto('/mitmachen');
    await expect(visiblePage(page).getByLabel('Ihr Feedback')).toBeVisible();
    await expectNoAxeViolations(page, 'Mitmachen (empty)');
  });

  test('Mitmachen, filled form', async ({ page }) => {
    await page.goto('/mitmachen');
    await fillFeedback(page, { text: uniqueFeedback('axe-filled').text });
    await expectNoAxeViolations(page, 'Mitmachen (filled)');
  });

  test('Meine Beiträge, empty', async ({ page }) => {
    await page.goto('/meine');
    await expect(visiblePage(page).getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-testid="my-item"]')).toHaveCount(0);
    await expectNoAxeViolations(page, 'Meine Beiträge (empty)');
  });

  test('Meine Beiträge, with a saved and a delivered item', async ({ page, context }) => {
    const delivered = uniqueFeedback('axe-delivered');
    await page.goto('/mitmachen');
    await waitForServiceWorkerControl(page);
    await fillFeedback(page, { text: delivered.text });
    await submitFeedback(page);

    // A second item, written offline, stays "saved on this device" — both states on one screen.
    const saved = uniqueFeedback('axe-saved');
    await visiblePage(page).getByRole('button', { name: 'Weiteres Feedback geben' }).click();
    await context.setOffline(true);
    await fillFeedback(page, { text: saved.text });
    await submitFeedback(page);
    await openTab(page, 'Meine Beiträge');
    await expect(myItem(page, delivered.marker)).toHaveAttribute('data-state', 'delivered');
    await expect(myItem(page, saved.marker)).toHaveAttribute('data-state', 'saved');
    await expectNoAxeViolations(page, 'Meine Beiträge (with items)');
    await context.setOffline(false);
  });

  test('Mehr', async ({ page }) => {
    await page.goto('/mehr');
    await expect(visiblePage(page).getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, 'Mehr');
  });

  test('Mehr › Über', async ({ page }) => {
    await page.goto('/mehr/ueber');
    await expect(visiblePage(page).getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, 'Über');
  });

  test('manager login', async ({ page }) => {
    await page.goto('/verwaltung');
    await expect(visiblePage(page).getByLabel('Passwort')).toBeVisible();
    await expectNoAxeViolations(page, 'Verwaltung (login)');
  });

  test('manager list', async ({ page }) => {
    // Something to list: one feedback delivered through the UI first.
    const { marker, text } = uniqueFeedback('axe-manage');
    await page.goto('/mitmachen');
    await fillFeedback(page, { text });
    await submitFeedback(page);
    await page.goto('/meine');
    await expect(myItem(page, marker)).toHaveAttribute('data-state', 'delivered');

    await managerLogin(page);
    await expect(visiblePage(page).getByText(marker)).toBeVisible();
    await expectNoAxeViolations(page, 'Verwaltung (list)');
  });
});
