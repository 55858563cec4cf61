import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { fillFeedback, openTab, submitFeedback, uniqueFeedback, visiblePage } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { CHROMIUM_FLAGS, findChromium } from './support/chromium';
import { expect, test } from './support/fixtures';

// Issue 14 (6): the app is installable, and offers installation itself at calm moments. Chromium answers the
// installability question only for a real profile (launchPersistentContext, STACK.md); the engagement heuristic
// that delays `beforeinstallprompt` for a new site is switched off, so the real event reaches the page.

interface InstallableBrowser {
  context: BrowserContext;
  page: Page;
}

async function withInstallableBrowser(
  baseURL: string,
  run: (browser: InstallableBrowser) => Promise<void>,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<void> {
  const { executablePath } = await findChromium();
  const profile = await mkdtemp(join(tmpdir(), 'qs-e2e-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROMIUM_FLAGS, '--bypass-app-banner-engagement-checks'],
    baseURL,
    viewport: { width: 390, height: 844 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await run({ context, page });
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  start_url: string;
  scope: string;
  display: string;
  lang: string;
  dir: string;
  categories: string[];
  icons: ManifestIcon[];
  screenshots: (ManifestIcon & { form_factor?: string; label?: string })[];
  shortcuts: { name: string; short_name?: string; url: string; icons?: ManifestIcon[] }[];
}

/** The image's real size, as "WxH", fetched the way the browser would. */
async function imageSize(baseURL: string, src: string): Promise<string> {
  const response = await fetch(new URL(src, baseURL));
  expect(response.status, `${src} is served`).toBe(200);
  const { width, height, format } = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
  expect(format, `${src} is a PNG`).toBe('png');
  return `${width}x${height}`;
}

test('Chromium finds the app installable, and the manifest is complete', async ({ baseURL, server }) => {
  if (!baseURL) throw new Error('no baseURL');
  await withInstallableBrowser(baseURL, async ({ context, page }) => {
    await page.goto('/mitmachen');
    await expect(visiblePage(page).getByLabel('Ihr Feedback')).toBeEditable();
    const cdp = await context.newCDPSession(page);

    // Chromium's own verdict, and its parse of the manifest.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(new URL('/manifest.webmanifest', baseURL).href);
    expect(errors, 'manifest parse errors and warnings').toEqual([]);
    if (!data) throw new Error('Chromium found no manifest data');
    const manifest = JSON.parse(data) as WebManifest;

    expect(manifest).toMatchObject({
      id: '/',
      name: 'Quartiersstimme',
      short_name: 'Quartiersstimme',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'de',
      dir: 'ltr',
    });
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.categories.length).toBeGreaterThan(0);

    // Every image is there in the size the manifest promises.
    const images = [...manifest.icons, ...manifest.screenshots, ...manifest.shortcuts.flatMap((s) => s.icons ?? [])];
    for (const image of images) expect(await imageSize(server.url, image.src), image.src).toBe(image.sizes);
    const anySizes = manifest.icons.filter((icon) => (icon.purpose ?? 'any') === 'any').map((icon) => icon.sizes);
    expect(anySizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.filter((icon) => icon.purpose === 'maskable').map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['512x512']),
    );
    const byFactor = (factor: string) => manifest.screenshots.filter((shot) => shot.form_factor === factor);
    expect(byFactor('narrow').length).toBeGreaterThan(0);
    expect(byFactor('wide').length).toBeGreaterThan(0);
    for (const shot of manifest.screenshots) expect(shot.label, shot.src).toBeTruthy();

    // The shortcuts open the screens they name, with an icon each.
    expect(manifest.shortcuts.map((s) => [s.name, s.url])).toEqual([
      ['Feedback geben', '/mitmachen'],
      ['Zentren finden', '/entdecken'],
    ]);
    for (const shortcut of manifest.shortcuts) expect(shortcut.icons?.length, shortcut.name).toBeGreaterThan(0);
    await page.goto(manifest.shortcuts[1]?.url ?? '/');
    await expect(visiblePage(page).getByRole('heading', { level: 1, name: 'Entdecken' })).toBeVisible();
  });

  // The check above can fail: the same app with a manifest that lacks usable icons is not installable. (Without
  // the service worker, which would answer the manifest from its precache instead of the test's route.)
  await withInstallableBrowser(
    baseURL,
    async ({ context, page }) => {
      await page.route('**/manifest.webmanifest', async (route) => {
        const manifest = (await (await route.fetch()).json()) as WebManifest;
        await route.fulfill({ contentType: 'application/manifest+json', body: JSON.stringify({ ...manifest, icons: [] }) });
      });
      await page.goto('/mitmachen');
      await expect(visiblePage(page).getByLabel('Ihr Feedback')).toBeEditable();
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors.map((error) => error.errorId)).toContain('manifest-missing-suitable-icon');
    },
    { serviceWorkers: 'block' },
  );
});

/**
 * Stands in for the resident's answer in the browser's install dialog, which a headless browser cannot show: the
 * page's own code still gets the real `beforeinstallprompt` event and calls its real `prompt()` entry point.
 */
async function answerInstallDialog(page: Page, outcome: 'accepted' | 'dismissed'): Promise<void> {
  await page.addInitScript((answer) => {
    const proto = (window as unknown as { BeforeInstallPromptEvent: { prototype: object } }).BeforeInstallPromptEvent.prototype;
    const calls = { prompts: 0 };
    (window as unknown as { __qsInstallDialog: typeof calls }).__qsInstallDialog = calls;
    Object.defineProperty(proto, 'prompt', { value: async () => void (calls.prompts += 1) });
    Object.defineProperty(proto, 'userChoice', { get: () => Promise.resolve({ outcome: answer, platform: 'web' }) });
  }, outcome);
}

function installDialogsOpened(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __qsInstallDialog?: { prompts: number } }).__qsInstallDialog?.prompts ?? -1);
}

test('the install offer: once after the first submission, gone with "Nicht jetzt", always in Mehr, never once installed', async ({
  baseURL,
}) => {
  if (!baseURL) throw new Error('no baseURL');
  await withInstallableBrowser(baseURL, async ({ page }) => {
    await answerInstallDialog(page, 'accepted');
    await page.goto('/mehr');
    const more = visiblePage(page);
    const section = more.getByTestId('install-section');
    await expect(section).toHaveAttribute('data-state', 'available');
    await expect(section.getByRole('heading', { name: 'App installieren' })).toBeVisible();
    await expectNoAxeViolations(page, 'Mehr with the install offer');

    // The first submission: the offer is part of the confirmation, not in the way of anything.
    await openTab(page, 'Mitmachen');
    await fillFeedback(page, { text: uniqueFeedback('install-first').text });
    await submitFeedback(page);
    const sent = visiblePage(page).getByTestId('feedback-sent');
    await expect(sent).toHaveAttribute('data-state', 'delivered');
    const offer = sent.getByTestId('install-offer');
    await expect(offer).toBeVisible();
    await expect(offer).toContainText('Quartiersstimme als App');
    await expect(sent.getByRole('heading', { name: 'Danke für Ihr Feedback!' })).toBeFocused();
    await expectNoAxeViolations(page, 'the sent screen with the install offer');
    await offer.getByRole('button', { name: 'Nicht jetzt' }).click();
    await expect(offer).toHaveCount(0);

    // Shown once: not after the next submission, nor after a reload.
    for (const round of ['again', 'after-reload']) {
      if (round === 'again') await visiblePage(page).getByRole('button', { name: 'Weiteres Feedback geben' }).click();
      else await page.reload();
      await fillFeedback(page, { text: uniqueFeedback(`install-${round}`).text });
      await submitFeedback(page);
      const next = visiblePage(page).getByTestId('feedback-sent');
      await expect(next).toHaveAttribute('data-state', 'delivered');
      await expect(next.getByTestId('install-offer')).toHaveCount(0);
    }

    // Mehr keeps offering it; installing opens the browser's dialog, and afterwards nothing is offered.
    await openTab(page, 'Mehr');
    await expect(visiblePage(page).getByTestId('install-section')).toHaveAttribute('data-state', 'available');
    await visiblePage(page).getByRole('button', { name: 'Installieren' }).click();
    await expect.poll(() => installDialogsOpened(page)).toBe(1);
    await expect(visiblePage(page).getByTestId('install-section')).toHaveCount(0);
  });
});

test.describe('on an iPhone', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  });

  test('Safari has no install event: Mehr explains "Teilen → Zum Home-Bildschirm"', async ({ page }) => {
    await page.goto('/mehr');
    const section = visiblePage(page).getByTestId('install-section');
    await expect(section).toHaveAttribute('data-state', 'ios');
    await expect(section.getByRole('listitem')).toHaveText([/„Teilen“/, /„Zum Home-Bildschirm“/, /„Hinzufügen“/]);
    await expect(section.getByRole('button', { name: 'Installieren' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'Mehr with the iOS steps');
  });
});
