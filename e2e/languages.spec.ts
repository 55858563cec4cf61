import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { managerLogin, myItem, uniqueFeedback, visiblePage, waitForServiceWorkerControl } from './support/app';
import { translator, type Translate } from './support/locales';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// Seven languages (issue 14): the browser's language is followed on a first visit, Arabic runs right to
// left with the seeds' labels translated and a feedback goes end to end (its quarter typed in Arabic script),
// Einfache Sprache is two taps away, a language used once keeps working offline, and the manager sees which
// language an item came in.

interface SeedTopic {
  id: string;
  label: Record<string, string>;
}
const topics = JSON.parse(readFileSync(new URL('../seeds/erfurt/topics.json', import.meta.url), 'utf8')) as SeedTopic[];
const firstTopic = topics[0];
if (!firstTopic) throw new Error('seeds/erfurt/topics.json has no topic');

async function sendFeedback(page: Page, t: Translate, text: string, topicLabel: string, quarterQuery: string): Promise<void> {
  const screen = visiblePage(page);
  await screen.getByLabel(t('feedback:quarter.search')).fill(quarterQuery);
  await screen.getByRole('button', { name: /^Herrenberg(\s|$)/ }).click();
  await expect(screen.getByTestId('chosen-quarter')).toContainText('Herrenberg');
  await screen.getByLabel(t('feedback:topic.label')).selectOption({ label: topicLabel });
  await screen.getByLabel(t('feedback:text.label')).fill(text);
  await screen.getByRole('button', { name: t('feedback:submit') }).click();
  await expect(screen.getByTestId('feedback-sent')).toBeVisible();
}

/** A row of the header's language dialog by the language of its name. */
function languageRow(page: Page, lang: string): Locator {
  return page.locator('ion-modal ion-item').filter({ has: page.locator(`bdi[lang="${lang}"]`) });
}

/**
 * The language lists lay out every row in the UI's direction; only each name keeps its own. So in every row the
 * name starts on the same side (left in German, right in Arabic) and the radio or check mark sits on the other.
 */
async function expectRowsInUiDirection(rows: Locator, direction: 'ltr' | 'rtl'): Promise<void> {
  await expect(rows).toHaveCount(7);
  const layout = await rows.evaluateAll((items) =>
    items.map((item) => {
      const name = item.querySelector('bdi')?.getBoundingClientRect();
      const box = item.getBoundingClientRect();
      return {
        direction: getComputedStyle(item).direction,
        // the name's distance from the row's start edge
        fromStart: name ? Math.round(name.left - box.left) : -1,
        fromEnd: name ? Math.round(box.right - name.right) : -1,
      };
    }),
  );
  expect(layout.map((row) => row.direction)).toEqual(layout.map(() => direction));
  const offsets = layout.map((row) => (direction === 'ltr' ? row.fromStart : row.fromEnd));
  expect(new Set(offsets).size, `every name starts at the same edge: ${JSON.stringify(layout)}`).toBe(1);
}

for (const [locale, direction, code] of [
  ['de-DE', 'ltr', 'de'],
  ['ar-EG', 'rtl', 'ar'],
] as const) {
  test.describe(`the language lists in ${code}`, () => {
    test.use({ locale });

    test(`lay out every row ${direction}, the names in their own direction`, async ({ page }, testInfo) => {
      const t = translator(code);
      await page.goto('/mehr');
      await expect(page.locator('html')).toHaveAttribute('dir', direction);
      const more = visiblePage(page);
      await expect(more.locator('bdi[lang="ar"][dir="rtl"]')).toHaveText('العربية');
      await expectRowsInUiDirection(more.locator('ion-radio-group ion-item'), direction);
      await page.screenshot({ path: testInfo.outputPath(`more-${code}.png`) });
      await expectNoAxeViolations(page, `Mehr (${code})`);

      await more.getByTestId('language-button').click();
      await expect(page.getByRole('dialog', { name: t('common:language.title') })).toBeVisible();
      await expectRowsInUiDirection(page.locator('ion-modal ion-item'), direction);
      await page.screenshot({ path: testInfo.outputPath(`dialog-${code}.png`) });
      await expectNoAxeViolations(page, `language dialog (${code})`);
    });
  });
}

test.describe('a browser set to Arabic (ar-EG)', () => {
  test.use({ locale: 'ar-EG' });

  test('opens in Arabic, right to left, with the topics in Arabic, and sends a feedback the manager sees as Arabic', async ({
    page,
    browser,
    manage,
    server,
  }) => {
    const t = translator('ar');
    await page.goto('/mitmachen');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(visiblePage(page).getByTestId('page-title')).toHaveText(t('feedback:title'));
    await expect(page.getByRole('tab', { name: t('common:tabs.mine') }).or(page.getByRole('link', { name: t('common:tabs.mine') })).first()).toBeVisible();

    const { marker } = uniqueFeedback('arabic');
    const arabicTopic = firstTopic.label.ar ?? '';
    expect(arabicTopic).not.toBe(firstTopic.label.de);
    // The quarter typed in Arabic script, as it sounds: found by the search's second try (src/ui/quarter-sound.ts).
    await sendFeedback(page, t, `${marker}: الملعب يحتاج إلى ظل`, arabicTopic, 'هرنبرغ');

    await page.getByRole('tab', { name: t('common:tabs.mine') }).or(page.getByRole('link', { name: t('common:tabs.mine') })).first().click();
    const item = myItem(page, marker);
    await expect(item).toHaveAttribute('data-state', 'delivered');
    const id = await item.getAttribute('data-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await manage.get(id ?? ''))?.locale).toBe('ar');

    // The manager works in German, in a browser of their own, and sees the item's language.
    const office = await browser.newContext({ locale: 'de-DE', baseURL: server.url });
    const managerPage = await office.newPage();
    await managerLogin(managerPage);
    const row = visiblePage(managerPage).locator('li').filter({ hasText: marker });
    await expect(row.getByTestId('inbox-language')).toHaveText('Sprache: Arabisch');
    await office.close();
  });
});

const OTHERS = [
  { browser: 'en-US', code: 'en' },
  { browser: 'uk-UA', code: 'uk' },
  { browser: 'ru-RU', code: 'ru' },
  { browser: 'tr-TR', code: 'tr' },
] as const;

for (const { browser: browserLocale, code } of OTHERS) {
  test.describe(`a browser set to ${browserLocale}`, () => {
    test.use({ locale: browserLocale });

    test(`opens in ${code}, left to right, with its texts and seed labels`, async ({ page }) => {
      const t = translator(code);
      await page.goto('/mitmachen');
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      const screen = visiblePage(page);
      await expect(screen.getByTestId('page-title')).toHaveText(t('feedback:title'));
      await expect(screen.getByRole('button', { name: t('feedback:submit') })).toBeVisible();
      await expect(screen.getByLabel(t('feedback:topic.label')).locator('option', { hasText: firstTopic.label[code] ?? '' })).toHaveCount(1);
    });
  });
}

test.describe('a browser set to French', () => {
  test.use({ locale: 'fr-FR' });

  test('opens in German, the default', async ({ page }) => {
    await page.goto('/mitmachen');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(visiblePage(page).getByTestId('page-title')).toHaveText(translator('de')('feedback:title'));
  });
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('reaches Einfache Sprache from the start screen in two taps, and keeps it after a reload', async ({ page }) => {
    await page.goto('/mitmachen');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    // By keyboard first: Enter opens the list as a named dialog, Escape closes it and focus is back on the button.
    const button = visiblePage(page).getByTestId('language-button');
    // Where Tab puts a keyboard user: the native button inside Ionic's (its host takes no focus itself).
    await button.locator('button').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sprache' });
    await expect(dialog).toBeVisible();
    await expect(languageRow(page, 'ar')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await button.click(); // tap 1
    const option = languageRow(page, 'de').filter({ hasText: 'Einfache Sprache' });
    await expect(languageRow(page, 'ar')).toHaveText('العربية');
    await option.click(); // tap 2
    const t = translator('de-simple');
    await expect(visiblePage(page).getByText(t('feedback:intro'))).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.reload();
    await expect(visiblePage(page).getByText(t('feedback:intro'))).toBeVisible();
  });

  test('switches to Arabic online and still opens in Arabic after an offline reload; German alone is precached', async ({
    page,
    context,
  }) => {
    await page.goto('/mitmachen');
    await waitForServiceWorkerControl(page);
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const name of names.filter((n) => n.includes('precache'))) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls.filter((url) => url.includes('/assets/i18n.'));
    });
    expect(precached.length).toBeGreaterThan(0);
    expect(precached.filter((url) => !url.startsWith('/assets/i18n.de.'))).toEqual([]);

    await visiblePage(page).getByTestId('language-button').click();
    await languageRow(page, 'ar').click();
    const t = translator('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(visiblePage(page).getByText(t('feedback:intro'))).toBeVisible();

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(visiblePage(page).getByText(t('feedback:intro'))).toBeVisible();
    await expect(visiblePage(page).getByLabel(t('feedback:topic.label')).locator('option', { hasText: firstTopic.label.ar ?? '' })).toHaveCount(1);
    await context.setOffline(false);
  });
});
