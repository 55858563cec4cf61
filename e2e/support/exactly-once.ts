import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openTab, visiblePage } from './app';
import type { ProxyLogEntry } from './fault-proxy';
import { deviceState } from './outbox-inject';
import type { SubmissionsView } from './submissions-view';

export const SUBMISSIONS = '/api/v1/submissions';

/**
 * The server side of "exactly once": every id has one row, and no other row carries the journey's marker (which
 * would be the same item stored under a second id). Returns the server's receipts by id.
 */
export function expectStoredOnce(stored: SubmissionsView, ids: readonly string[], marker: string): Map<string, string> {
  const { perId, receipts, withMarker } = stored.countMany(ids, marker);
  const missing = ids.filter((id) => !perId.has(id));
  const twice = [...perId].filter(([, n]) => n !== 1).map(([id]) => id);
  expect(missing, 'ids the server never stored').toEqual([]);
  expect(twice, 'ids stored more than once').toEqual([]);
  expect(withMarker, `rows whose content carries ${marker} (items created: ${ids.length})`).toBe(ids.length);
  return receipts;
}

/** Waits until the server holds every id once (the drain is asynchronous), then checks exactly once. */
export async function expectEventuallyStoredOnce(
  stored: SubmissionsView,
  ids: readonly string[],
  marker: string,
  timeout = 30_000,
): Promise<Map<string, string>> {
  await expect
    .poll(() => stored.countMany(ids, marker).perId.size, { message: 'ids the server holds', timeout })
    .toBe(ids.length);
  return expectStoredOnce(stored, ids, marker);
}

/** Ids of the items "Meine Beiträge" shows as delivered, among `ids`. */
export async function deliveredShown(page: Page, ids: readonly string[]): Promise<number> {
  return page.evaluate((wanted) => {
    const set = new Set(wanted);
    let count = 0;
    for (const element of document.querySelectorAll('[data-testid="my-item"][data-state="delivered"]')) {
      const id = element.getAttribute('data-id');
      if (id !== null && set.delete(id)) count += 1;
    }
    return count;
  }, ids);
}

/**
 * The device side: "Meine Beiträge" shows every item delivered, the outbox holds none of them, and each delivered
 * item carries the receipt the server issued for it.
 */
export async function expectDeliveredOnDevice(
  page: Page,
  ids: readonly string[],
  serverReceipts: ReadonlyMap<string, string>,
  options: { openTab?: boolean; timeout?: number } = {},
): Promise<void> {
  if (options.openTab ?? true) await openTab(page, 'Meine Beiträge');
  await expect
    .poll(() => deliveredShown(page, ids), {
      message: 'items "Meine Beiträge" shows as delivered',
      timeout: options.timeout ?? 30_000,
    })
    .toBe(ids.length);
  const device = await deviceState(page);
  const wanted = new Set(ids);
  expect(device.outbox.filter((row) => wanted.has(row.id)), 'items still in the outbox').toEqual([]);
  const wrongReceipt = ids.filter((id) => device.mine[id] !== serverReceipts.get(id));
  expect(wrongReceipt, 'delivered items whose receipt differs from the server’s').toEqual([]);
}

/** How often each id was sent to the server (from the proxy's log of POST bodies). */
export function sendsPerId(log: readonly ProxyLogEntry[]): Map<string, number> {
  const sends = new Map<string, number>();
  for (const entry of log) {
    if (entry.method !== 'POST' || entry.path !== SUBMISSIONS) continue;
    for (const id of entry.itemIds ?? []) sends.set(id, (sends.get(id) ?? 0) + 1);
  }
  return sends;
}

/** A readable summary of the submission POSTs for failure messages and attachments. */
export function describePosts(log: readonly ProxyLogEntry[]): string {
  const start = log[0]?.at ?? 0;
  return log
    .filter((entry) => entry.method === 'POST' && entry.path === SUBMISSIONS)
    .map(
      (entry) =>
        `+${Math.round(entry.at - start)} ms ${entry.mode} items=${entry.itemIds?.length ?? '?'} ` +
        `status=${entry.status ?? '-'} upstream=${entry.upstreamStatus ?? '-'} ` +
        `ended=+${entry.endedAt === undefined ? '-' : Math.round(entry.endedAt - start)} ms`,
    )
    .join('\n');
}

/** Opens the app on "Mitmachen" and waits until it has booted (the sync strip is there). */
export async function openApp(page: Page, path = '/mitmachen'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('sync-indicator').first()).toBeVisible();
  await appStoredOnDevice(page);
}

/**
 * Waits until the service worker has installed, i.e. every screen's code is precached. Screens load on demand
 * (issue 12), so a journey that loses the connection right after the first paint would otherwise test the "not
 * stored on this device yet" state (e2e/chunk-failure.spec.ts) instead of the sync it is about.
 */
export async function appStoredOnDevice(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** "Jetzt senden" in the visible page's sync strip (shown while items wait and nothing is being sent). */
export function sendNowButton(page: Page) {
  return visiblePage(page).getByRole('button', { name: 'Jetzt senden' });
}

/** The resident presses "Jetzt senden" as soon as it is offered. */
export async function pressSendNow(page: Page): Promise<void> {
  await sendNowButton(page).click();
}

/**
 * The resident presses "Jetzt senden" if the strip offers it now. The engine may send on its own between seeing
 * the button and pressing it, which takes the button away: not a failure here, since the caller checks next
 * what arrived. A button that stays but cannot be pressed is one.
 */
export async function pressSendNowIfOffered(page: Page): Promise<void> {
  if (!(await sendNowButton(page).isVisible())) return;
  await sendNowButton(page)
    .click({ timeout: 10_000 })
    .catch(async (error: unknown) => {
      if (await sendNowButton(page).isVisible()) throw error;
    });
}

/**
 * Time travel instead of waiting out the backoff: until `done()` holds, press "Jetzt senden" whenever it is offered
 * (the engine may also deliver on its own timer meanwhile — both are fine).
 */
export async function sendNowUntil(page: Page, done: () => Promise<boolean> | boolean, timeout = 60_000): Promise<void> {
  await expect
    .poll(
      async () => {
        if (await done()) return true;
        const button = sendNowButton(page);
        if (await button.isVisible()) await button.click({ timeout: 2_000 }).catch(() => undefined);
        return done();
      },
      { message: 'delivered after pressing "Jetzt senden"', timeout, intervals: [500, 1_000, 2_000] },
    )
    .toBe(true);
}
