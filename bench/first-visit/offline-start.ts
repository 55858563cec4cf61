import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../../e2e/support/chromium';

export interface OfflineStart {
  /** ms from navigation start to an interactive start screen, per reload. */
  unthrottled: number[];
  /** The same with Chromium's CPU slowed 4× (as Lighthouse's mobile profile). */
  cpu4x: number[];
}

// Runs in the page after each reload: the start screen's heading and its first form field visible and enabled.
// A function, not a string: the app's CSP forbids eval, and Playwright evaluates a string predicate with it.
// No named helpers inside: tsx would wrap them in a `__name` call that does not exist in the page.
export function interactiveAt(): number | false {
  const page = [...document.querySelectorAll('.ion-page:not(.ion-page-hidden)')].find((candidate) =>
    candidate.querySelector('[role="main"]'),
  );
  const heading = page?.querySelector('[role="heading"][aria-level="1"], h1');
  const field = page?.querySelector<HTMLInputElement>('[role="main"] input, [role="main"] textarea, [role="main"] select');
  if (!heading || !field || field.disabled || !heading.textContent?.trim()) return false;
  const boxes = [heading.getBoundingClientRect(), field.getBoundingClientRect()];
  return boxes.every((box) => box.width > 0 && box.height > 0) ? performance.now() : false;
}

/**
 * After a first visit and the service worker's precache: offline, reload, and time until the start screen is
 * interactive — `rounds` reloads without and with 4× CPU slowdown, in one browser context (IndexedDB and the
 * worker's cache stay, as on a phone).
 */
export async function measureOfflineStart(url: string, rounds: number): Promise<OfflineStart> {
  const { executablePath } = await findChromium();
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(interactiveAt);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    const result: OfflineStart = { unthrottled: [], cpu4x: [] };
    for (const [rate, list] of [
      [1, result.unthrottled],
      [4, result.cpu4x],
    ] as const) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      for (let round = 0; round < rounds; round++) {
        await page.reload({ waitUntil: 'commit' });
        const handle = await page.waitForFunction(interactiveAt, undefined, { polling: 'raf', timeout: 60_000 });
        list.push(Number(await handle.jsonValue()));
      }
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return result;
  } finally {
    await browser.close();
  }
}
