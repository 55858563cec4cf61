import { fileURLToPath } from 'node:url';
import { bundlePageScript } from '../../src/build/page-script';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { DeviceState, FeedbackBatch } from './outbox-inject.page';

export type { DeviceState, FeedbackBatch, OutboxRow } from './outbox-inject.page';

const ENTRY = fileURLToPath(new URL('./outbox-inject.page.ts', import.meta.url));

let bundle: Promise<string> | undefined;

/**
 * The page-side helper bundled from the current src/offline (src/build/page-script.ts, as bench/outbox-drain is). Built once per worker.
 * The app's CSP forbids inline scripts, rightly: contexts that use this need `test.use({ bypassCSP: true })`.
 */
function injectionScript(): Promise<string> {
  bundle ??= bundlePageScript(ENTRY);
  return bundle;
}

/** Adds the helper to the page if it is not there (a reload or navigation removes it). Works offline. */
export async function injectOutbox(page: Page): Promise<void> {
  if (await page.evaluate(() => window.qsE2e !== undefined)) return;
  await page.addScriptTag({ content: await injectionScript() });
  await expect.poll(() => page.evaluate(() => window.qsE2e !== undefined)).toBe(true);
}

/** Creates `count` feedback items through the real enqueue() in the page's own database; returns their ids. */
export async function enqueueFeedback(page: Page, batch: FeedbackBatch): Promise<string[]> {
  await injectOutbox(page);
  return page.evaluate((b) => {
    if (!window.qsE2e) throw new Error('outbox helper missing');
    return window.qsE2e.enqueueFeedback(b);
  }, batch);
}

/** The page's outbox and delivered items, read from IndexedDB. */
export async function deviceState(page: Page): Promise<DeviceState> {
  await injectOutbox(page);
  return page.evaluate(() => {
    if (!window.qsE2e) throw new Error('outbox helper missing');
    return window.qsE2e.deviceState();
  });
}

export interface CatalogIds {
  quarterId: string;
  topicId: string;
}

/** A real quarter and topic from the server's catalog, so the server accepts the items. */
export async function catalogIds(serverUrl: string): Promise<CatalogIds> {
  const quarters = (await (await fetch(`${serverUrl}/api/v1/quarters`)).json()) as {
    features: { properties: { id: string } }[];
  };
  const topics = (await (await fetch(`${serverUrl}/api/v1/topics`)).json()) as { id: string }[];
  const quarterId = quarters.features[0]?.properties.id;
  const topicId = topics[0]?.id;
  if (!quarterId || !topicId) throw new Error('The server has no quarters or topics.');
  return { quarterId, topicId };
}
