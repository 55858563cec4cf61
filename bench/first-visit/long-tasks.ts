import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../../e2e/support/chromium';

export interface LongTasks {
  /**
   * Sum over the long tasks that start after the first contentful paint of their time beyond 50 ms — what
   * Lighthouse's TBT adds up (it too ignores what runs before the first paint), ms.
   */
  excessMs: number;
  /** Sum of all long tasks' whole durations, before the first paint too, ms. */
  totalMs: number;
}

const QUIET_MS = 3000;
const MAX_WAIT_MS = 30_000;

// Runs in the page before its own scripts. A function, not a string (the app's CSP forbids eval); no named
// helpers inside (tsx would wrap them in a `__name` the page does not have).
function observeLongTasks(): void {
  const seen: Array<[number, number]> = [];
  (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

function longTasksSoFar(): { tasks: Array<[number, number]>; firstPaint: number | undefined } {
  return {
    tasks: [...(window as unknown as { __longTasks: Array<[number, number]> }).__longTasks],
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  };
}

/**
 * A first visit with Chromium's own CPU throttling (4×, as Lighthouse's mobile profile) instead of Lighthouse's
 * simulation: the long tasks the page really runs from navigation until none came for 3 s. Lighthouse multiplies
 * an unthrottled trace's tasks, and on this shared 2-core machine its TBT of the same build moves by ±30 %
 * between runs; this sum moves less, so it tells a change of a few hundred milliseconds apart.
 */
export async function measureLongTasks(browser: Browser, url: string): Promise<LongTasks> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(observeLongTasks);
    await page.goto(url, { waitUntil: 'load' });
    const started = Date.now();
    let count = -1;
    let seen = await page.evaluate(longTasksSoFar);
    while (Date.now() - started < MAX_WAIT_MS) {
      await page.waitForTimeout(QUIET_MS);
      seen = await page.evaluate(longTasksSoFar);
      if (seen.tasks.length === count) break;
      count = seen.tasks.length;
    }
    const firstPaint = seen.firstPaint ?? 0;
    return {
      excessMs: seen.tasks.reduce((sum, [start, duration]) => sum + (start >= firstPaint ? Math.max(0, duration - 50) : 0), 0),
      totalMs: seen.tasks.reduce((sum, [, duration]) => sum + duration, 0),
    };
  } finally {
    await context.close();
  }
}

export async function withChromium<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const { executablePath } = await findChromium();
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS] });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}
