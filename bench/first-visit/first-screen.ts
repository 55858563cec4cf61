import type { Browser } from '@playwright/test';
import { interactiveAt } from './offline-start';

/** Lighthouse's mobile profile, applied for real: slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up). */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/**
 * A first visit as a resident makes it from a poster on a mid-range phone: a fresh browser context (nothing
 * cached, no service worker), Chromium's own 4× CPU throttling, and slow 4G — time from navigation to an
 * interactive start screen (its heading and first field visible and enabled, as for the offline cold start).
 * What the resident waits for before they can type, with everything else the first visit does (the worker's
 * registration, catalog refreshes) competing for the same processor and connection.
 */
export async function measureFirstScreen(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(interactiveAt, undefined, { polling: 'raf', timeout: 120_000 });
    return Number(await handle.jsonValue());
  } finally {
    await context.close();
  }
}
