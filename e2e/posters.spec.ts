import type { Browser, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { fillFeedback, managerLogin, visiblePage, waitForServiceWorkerControl } from './support/app';
import { storedSettingJson } from './support/residents';

// Issue 14 (9): a manager prints an A4 poster whose QR code opens Mitmachen with the quarter preset — on a
// first visit, offline in an installed app, and without ever overriding what a resident already began.

const HERRENBERG = 'erfurt-15-herrenberg';
const WIESENHUEGEL = 'erfurt-14-wiesenhuegel';

function deepLink(origin: string, quarterId: string): string {
  return `${origin}/mitmachen?quarter=${quarterId}`;
}

/** Reads the QR code as Chromium painted it, with a decoder that has nothing to do with the encoder. */
async function decodeQr(page: Page): Promise<string | undefined> {
  const png = await visiblePage(page).getByTestId('poster-qr').screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

async function expectMitmachenWith(page: Page, quarter: string): Promise<void> {
  const screen = visiblePage(page);
  await expect(screen.getByRole('heading', { level: 1, name: 'Mitmachen' })).toBeVisible();
  await expect(screen.getByTestId('chosen-quarter')).toContainText(quarter);
  await expect(screen.getByLabel('Ihr Feedback')).toBeVisible();
  // Applied once: the preset leaves the address, so a reload cannot apply it over a later choice.
  await expect.poll(() => new URL(page.url()).search).toBe('');
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'allow' });
  return context.newPage();
}

test.describe('poster', () => {
  test.use({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  test.describe.configure({ timeout: 180_000 });

  test('a manager prints a one-page A4 poster whose QR code opens the quarter in a fresh browser', async ({ page, browser }) => {
    await managerLogin(page);
    const screen = visiblePage(page);
    await expect(screen.getByTestId('manage-user')).toBeVisible();
    await screen.getByRole('link', { name: 'Plakat' }).click();
    await expect(screen.getByRole('heading', { name: 'Plakat drucken' })).toBeVisible();

    await screen.getByLabel('Stadtteil oder Ort').selectOption({ label: 'Herrenberg' });
    await screen.getByLabel('Arabisch').check();
    const sheet = screen.getByTestId('poster-preview').locator('.poster-sheet');
    await expect(sheet.getByTestId('poster-qr')).toBeVisible();
    await expect(sheet.locator('.poster-place')).toHaveText('Herrenberg');
    await expect(sheet.locator('section[data-language]')).toHaveCount(3);
    const arabic = sheet.locator('section[data-language="ar"]');
    await expect(arabic).toHaveAttribute('lang', 'ar');
    await expect(arabic).toHaveAttribute('dir', 'rtl');
    await expect(arabic).toContainText('رمز QR');
    await expect(sheet.locator('section[data-language="de-simple"]')).toHaveAttribute('lang', 'de');
    // A third extra language cannot be added.
    await screen.getByLabel('Türkisch').check();
    await expect(screen.getByLabel('Englisch')).toBeDisabled();
    await screen.getByLabel('Türkisch').uncheck();
    await expect(sheet.locator('section[data-language]')).toHaveCount(3);

    await expectNoAxeViolations(page, 'Verwaltung: Plakat');

    const origin = new URL(page.url()).origin;
    const link = deepLink(origin, HERRENBERG);
    await expect(sheet.getByTestId('poster-link')).toHaveText(link.replace(/^https?:\/\//, ''));
    expect(await decodeQr(page)).toBe(link);

    // In print, only the poster's copy is laid out; the app (tabs, headers, the form) is not.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > .poster-print .poster-sheet')).toBeVisible();
    await expect(page.locator('ion-app')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    const bytes = await page.pdf({ format: 'A4', printBackground: true });
    await test.info().attach('poster.pdf', { body: bytes, contentType: 'application/pdf' });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    // A4 is 595.28 × 841.89 PDF points (1/72 in); Chromium rounds the page box to whole pixels.
    expect(Math.abs(width - 595.28)).toBeLessThan(1.5);
    expect(Math.abs(height - 841.89)).toBeLessThan(1.5);

    await page.evaluate(() => {
      (window as unknown as { qsPrinted: number }).qsPrinted = 0;
      window.print = () => {
        (window as unknown as { qsPrinted: number }).qsPrinted += 1;
      };
    });
    await screen.getByTestId('poster-print').click();
    expect(await page.evaluate(() => (window as unknown as { qsPrinted: number }).qsPrinted)).toBe(1);

    // The scanned link on a phone that never saw the app: no service worker, no cache.
    const resident = await freshPage(browser);
    try {
      await resident.goto(link);
      await expectMitmachenWith(resident, 'Herrenberg');
    } finally {
      await resident.context().close();
    }
  });

  test('a centre poster names the centre and links to its quarter', async ({ page }) => {
    await managerLogin(page);
    const screen = visiblePage(page);
    await expect(screen.getByTestId('manage-user')).toBeVisible();
    await page.goto('/verwaltung/plakat');
    await screen.getByLabel('Stadtteil oder Ort').selectOption({ label: 'Teilhabezentrum Südost (Herrenberg)' });
    const sheet = screen.getByTestId('poster-preview').locator('.poster-sheet');
    await expect(sheet.locator('.poster-place')).toHaveText('Teilhabezentrum Südost');
    await expect(sheet.locator('.poster-place-detail')).toHaveText('Herrenberg');
    await expect(sheet.getByTestId('poster-qr')).toBeVisible();
    expect(await decodeQr(page)).toBe(deepLink(new URL(page.url()).origin, HERRENBERG));
  });

  test('the installed app opens a deep link offline', async ({ page, context, baseURL }) => {
    await page.goto('/');
    await expect(visiblePage(page).getByLabel('Ihr Feedback')).toBeVisible();
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.goto(deepLink(baseURL ?? '', WIESENHUEGEL));
    await expectMitmachenWith(page, 'Wiesenhügel');
  });

  test('an unknown quarter shows the normal picker and a calm note', async ({ page }) => {
    await page.goto('/mitmachen?quarter=atlantis');
    const screen = visiblePage(page);
    await expect(screen.getByTestId('quarter-link-note')).toHaveText('Den Stadtteil aus Ihrem Link kennen wir nicht. Bitte wählen Sie Ihren Stadtteil unten aus.');
    await expect(screen.getByLabel('Stadtteil suchen')).toBeVisible();
    await expect(screen.getByRole('alert')).toHaveCount(0);
    await expectNoAxeViolations(page, 'Mitmachen: unbekannter Stadtteil im Link');
  });

  test("a begun draft keeps its quarter; the link's quarter is one tap away", async ({ page }) => {
    await page.goto('/mitmachen');
    await fillFeedback(page, { text: 'Bänke am Teich fehlen.', search: 'Wies', quarter: 'Wiesenhügel' });
    // The draft is written shortly after typing stops; wait until IndexedDB holds it.
    await expect
      .poll(async () => (JSON.parse((await storedSettingJson(page, 'draft:feedback')) || '{}') as { text?: string }).text ?? '')
      .toBe('Bänke am Teich fehlen.');

    await page.goto(deepLink(new URL(page.url()).origin, HERRENBERG));
    const screen = visiblePage(page);
    const note = screen.getByTestId('quarter-link-note');
    await expect(note).toContainText('Ihr angefangener Beitrag gehört zu Wiesenhügel.');
    await expect(screen.getByTestId('chosen-quarter')).toContainText('Wiesenhügel');
    await expect(screen.getByLabel('Ihr Feedback')).toHaveValue('Bänke am Teich fehlen.');
    await note.getByRole('button', { name: 'Stattdessen Herrenberg wählen' }).click();
    await expect(screen.getByTestId('chosen-quarter')).toContainText('Herrenberg');
    await expect(screen.getByLabel('Ihr Feedback')).toHaveValue('Bänke am Teich fehlen.');
    await expect(note).toHaveCount(0);
  });
});
