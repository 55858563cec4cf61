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
    // The frame's language is picked by a script inline in index.html, which the CSP allows by its hash.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
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
    expect(await page.evaluate(() => document.head.firstElementChild?.matches('script:not([src])'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
});

test('the frame stays until the start screen has its quarters and topics, and gives way to the real screen; the worker and the boundaries wait for it', async ({ page }) => {
  // The service worker's registration (its precache) and the boundaries are not for the start screen: they come after it.
  await page.addInitScript(() => {
    const container = navigator.serviceWorker as (ServiceWorkerContainer & { registerAsked?: boolean }) | undefined;
    if (!container) return;
    const register = container.register.bind(container);
    container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
      container.registerAsked = true;
      return register(...args);
    };
  });
  // Asked for after the start screen: the boundaries and map configuration, and the worker's registration code
  // (which before came right after the app's first render, ahead of the topics' request).
  const later: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/api\/v1\/(quarters|config)$/.test(path)) later.push(path);
    if (/^\/assets\/sw-register-[^/]+\.js$/.test(path)) later.push('sw-register chunk');
  });
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
  let topicsAsked = false;
  await page.route('**/api/v1/topics', async (route) => {
    topicsAsked = true;
    await catalogReleased;
    await route.continue();
  });
  await page.goto('/mitmachen');
  // The app runs (its tab bar is there) but the screen still waits: the frame covers the spinner.
  await expect(page.getByRole('tab', { name: 'Entdecken' })).toBeAttached();
  await expect(visiblePage(page).getByRole('main').getByRole('status')).toContainText('Stadtteile und Themen werden geladen');
  await expect(page.locator(SHELL)).toBeVisible();
  await expect.poll(() => topicsAsked).toBe(true);
  const workerAsked = () => page.evaluate(() => (navigator.serviceWorker as ServiceWorkerContainer & { registerAsked?: boolean }).registerAsked === true);
  expect(await workerAsked()).toBe(false);
  expect(later).toEqual([]);

  releaseCatalog();
  await expect(visiblePage(page).getByLabel('Ihr Feedback')).toBeEditable();
  await expect(page.locator(SHELL)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-at-dismissal', 'form');
  await expect.poll(workerAsked).toBe(true);
  await expect.poll(() => [...later].sort()).toEqual(['/api/v1/config', '/api/v1/quarters', 'sw-register chunk']);
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

// The journeys' server is 127.0.0.1, and the Capacitor shells serve the app from https://localhost: there Dexie would
// switch on its debug mode by itself and create a DevTools console task for every table operation (46 on a first
// visit), which costs main-thread time under an inspector such as Lighthouse's. The production build turns it off.
test('the database runs without its debug mode on a localhost origin', async ({ page }) => {
  await page.addInitScript(() => {
    const tasks: string[] = [];
    (window as Window & { dexieTasks?: string[] }).dexieTasks = tasks;
    const withTasks = console as Console & { createTask?: (name: string) => unknown };
    const createTask = withTasks.createTask?.bind(console);
    if (createTask) {
      withTasks.createTask = (name: string) => {
        tasks.push(name);
        return createTask(name);
      };
    }
  });
  await page.goto('/mitmachen');
  // The form has read its quarters, topics and draft through Dexie.
  await expect(visiblePage(page).getByLabel('Ihr Feedback')).toBeEditable();
  await expect(page.locator(SHELL)).toHaveCount(0);
  // Dexie's debug mode uses console.createTask where the browser has it; without it this check would see nothing.
  expect(await page.evaluate(() => typeof (console as Console & { createTask?: unknown }).createTask)).toBe('function');
  const tasks = await page.evaluate(() => (window as Window & { dexieTasks?: string[] }).dexieTasks ?? []);
  expect(tasks.filter((name) => name.startsWith('Dexie'))).toEqual([]);
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

/** Where the frame's parts are, or the real screen's, in CSS px: what a resident would see move when one replaces the other. */
async function layout(page: Page, which: 'frame' | 'real') {
  return page.evaluate((which) => {
    const top = (element: Element | null | undefined) => (element ? Math.round(element.getBoundingClientRect().top * 2) / 2 : NaN);
    const bottom = (element: Element | null | undefined) => (element ? Math.round(element.getBoundingClientRect().bottom * 2) / 2 : NaN);
    // The title's text itself (centred on iOS, at the start on Android), not its box.
    const textCentre = (element: Element | null | undefined) => {
      const node = element ? document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() : null;
      if (!node) return NaN;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      return Math.round(box.left + box.width / 2);
    };
    // Each tab's icon box, its label's top and the icon's colour (the frame draws its sprite's symbol in currentColor;
    // a symbol that is not found draws nothing, and says so here).
    const tabs = (icons: Element[], labels: Element[], colour: (icon: Element) => string) =>
      icons.map((icon, index) => {
        const box = icon.getBoundingClientRect();
        return { icon: [box.left, box.top, box.width, box.height].map((value) => Math.round(value * 2) / 2), labelTop: top(labels[index]), colour: colour(icon) };
      });
    if (which === 'frame') {
      const frame = document.querySelector('.start-shell-page[data-language="de"]');
      return {
        titleCentre: textCentre(frame?.querySelector('.start-shell-title')),
        headerBottom: bottom(frame?.querySelector('.start-shell-strip')),
        choiceTop: top(frame?.querySelector('.start-shell-kinds')),
        introTop: top(frame?.querySelector('.start-shell-intro')),
        tabs: tabs([...(frame?.querySelectorAll('.start-shell-icon') ?? [])], [...(frame?.querySelectorAll('.start-shell-label') ?? [])], (icon) =>
          (icon.querySelector('use') as SVGGraphicsElement | null)?.getBBox().width ? getComputedStyle(icon).fill : 'no icon drawn',
        ),
      };
    }
    const screen = [...document.querySelectorAll('.ion-page:not(.ion-page-hidden)')].filter((p) => p.querySelector('[role="main"]')).pop();
    return {
      titleCentre: textCentre(screen?.querySelector('h1.page-title')),
      headerBottom: bottom(screen?.querySelector('ion-header')),
      choiceTop: top(screen?.querySelector('[role="main"] .segment')),
      introTop: top(screen?.querySelector('.feedback-form .intro')),
      tabs: tabs([...document.querySelectorAll('ion-tab-button ion-icon')], [...document.querySelectorAll('ion-tab-button ion-label')], (icon) => getComputedStyle(icon).color),
    };
  }, which);
}

const PHONES = [
  { name: 'an Android phone (Material Design)', mode: 'md', userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36' },
  { name: 'an iPhone (Ionic’s iOS mode)', mode: 'ios', userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1' },
] as const;

for (const phone of PHONES) {
  test.describe(phone.name, () => {
    test.use({ userAgent: phone.userAgent, isMobile: true, hasTouch: true });

    test('the real start screen puts its title, header, choice, intro and tab icons where the frame had them', async ({ page }) => {
      const release = await holdAppEntry(page);
      await page.goto('/', { waitUntil: 'commit' });
      await expect(page.locator(SHELL)).toBeVisible();
      const frame = await layout(page, 'frame');
      release();
      await expect(visiblePage(page).getByLabel('Ihr Feedback')).toBeEditable();
      await expect(page.locator(SHELL)).toHaveCount(0);
      // Ionic really drew this mode (so the comparison is the one the name says).
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${phone.mode}\\b`));
      expect(await layout(page, 'real')).toEqual(frame);
    });
  });
}
