import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import { AppServer, REPO_ROOT } from '../support/app-server';
import { CHROMIUM_FLAGS, findChromium } from '../support/chromium';
import { fillFeedback, visiblePage } from '../support/app';

/*
 * The manifest's screenshots (Chromium's install dialog shows them): the real app with the Erfurt seeds, served by
 * the real server from the current build, in a real Chromium. Run once after `npm run build` when the screens
 * change; the PNGs are committed:  npx tsx e2e/manifest-assets/make-screenshots.ts
 * Map tiles come from the internet, which this machine does not reach, so the screenshots show lists, not maps.
 */

const OUT = join(REPO_ROOT, 'public', 'screenshots');

async function shoot(page: Page, file: string): Promise<void> {
  // Nothing still loading, no caret blinking into the picture.
  await expect(page.locator('.loading-line:visible, .part-loading:visible')).toHaveCount(0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: join(OUT, file), animations: 'disabled' });
  console.log(`public/screenshots/${file}`);
}

async function openDiscover(page: Page): Promise<void> {
  await page.goto('/entdecken');
  await expect(visiblePage(page).getByText(/\d+ Orte gefunden/)).toBeVisible();
}

const server = await AppServer.create();
const { executablePath } = await findChromium();
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
try {
  await mkdir(OUT, { recursive: true });
  const common = { baseURL: server.url, locale: 'de-DE', timezoneId: 'Europe/Berlin', serviceWorkers: 'block' as const };

  const phone = await browser.newContext({ ...common, viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await page.goto('/mitmachen');
  await fillFeedback(page, {
    text: 'Auf dem Spielplatz am Herrenberg fehlt Schatten. Ein paar Bäume oder ein Sonnensegel über dem Sandkasten wären schön.',
  });
  await shoot(page, 'mitmachen-narrow.png');
  await openDiscover(page);
  await shoot(page, 'entdecken-narrow.png');
  await phone.close();

  const desktop = await browser.newContext({ ...common, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const wide = await desktop.newPage();
  await openDiscover(wide);
  await shoot(wide, 'entdecken-wide.png');
  await desktop.close();
} finally {
  await browser.close();
  await server.dispose();
}
