import { expect, test } from './support/fixtures';
import { visiblePage } from './support/app';

test.use({ locale: 'ar-EG', viewport: { width: 390, height: 844 } });
test('arabic screenshots', async ({ page }) => {
  for (const [name, path] of [['mitmachen', '/mitmachen'], ['viertel', '/viertel'], ['entdecken', '/entdecken'], ['meine', '/meine'], ['mehr', '/mehr']] as const) {
    await page.goto(path);
    await expect(visiblePage(page).getByTestId('page-title')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `/tmp/ar-${name}.png` });
  }
  await page.goto('/mitmachen');
  await visiblePage(page).getByTestId('language-button').click();
  await expect(page.locator('ion-modal ion-item[lang="ar"]')).toBeVisible();
  await page.screenshot({ path: '/tmp/ar-picker.png' });
});
