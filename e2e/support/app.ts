import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './app-server';

// Page helpers for the journeys, written against the labels agreed with the UI (German locale).

export const RECEIPT_PATTERN = /[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}/;

/**
 * A unique feedback text, so journeys sharing one server only look at their own items. The marker comes first:
 * lists may show only the start of a long text.
 */
export function uniqueFeedback(purpose: string): { marker: string; text: string } {
  const marker = `E2E-${purpose}-${randomUUID().slice(0, 8)}`;
  return { marker, text: `${marker}: Der Spielplatz am Herrenberg braucht mehr Schatten.` };
}

/**
 * Waits until a service worker controls the page; the offline reload depends on it. The very first load is not
 * controlled until `clients.claim()` runs, so reload once if the worker is ready but not yet in charge.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Ionic keeps pages it navigated away from in the DOM, hidden; journeys only look at the visible one. */
export function visiblePage(page: Page): Locator {
  return page.locator('.ion-page:not(.ion-page-hidden)').filter({ has: page.locator('[role="main"]') }).last();
}

/**
 * An open modal by its heading. The dialog role and its name sit inside ion-modal's shadow root and the
 * content is slotted light DOM beside it, so the fields are looked for in the modal that holds the heading;
 * the dialog's own name is checked on the way.
 */
export async function openModal(page: Page, heading: string): Promise<Locator> {
  await expect(page.getByRole('dialog', { name: heading })).toBeVisible();
  return page.locator('ion-modal').filter({ has: page.getByRole('heading', { name: heading }) });
}

export async function openTab(page: Page, name: 'Mitmachen' | 'Meine Beiträge' | 'Mehr'): Promise<void> {
  await page.getByRole('tab', { name }).or(page.getByRole('link', { name })).first().click();
}

export interface FeedbackInput {
  text: string;
  /** Typed into the quarter search; the item with `quarter` as its name is then clicked. */
  search?: string;
  quarter?: string;
  /** Visible name of the topic; the first topic when left out. */
  topic?: string;
}

/** Fills the Mitmachen form without sending it. */
export async function fillFeedback(page: Page, input: FeedbackInput): Promise<void> {
  const screen = visiblePage(page);
  const quarter = input.quarter ?? 'Herrenberg';
  await screen.getByLabel('Stadtteil suchen').fill(input.search ?? 'Her');
  // Result buttons read "Herrenberg · <district>", so match the name at the start only.
  await screen.getByRole('button', { name: new RegExp(`^${escapeRegExp(quarter)}(\\s|$)`) }).click();
  await expect(screen.getByTestId('chosen-quarter')).toContainText(quarter);
  await chooseTopic(page, input.topic);
  await screen.getByLabel('Ihr Feedback').fill(input.text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function chooseTopic(page: Page, topic: string | undefined): Promise<void> {
  const select = visiblePage(page).getByLabel('Thema');
  const tag = await select.evaluate((element) => element.tagName.toLowerCase());
  if (tag === 'select') {
    if (topic) await select.selectOption({ label: topic });
    else await select.selectOption({ index: 1 });
    return;
  }
  // ion-select opens an overlay (alert, popover or action sheet) with the options as radios or buttons.
  await select.click();
  const overlay = page.locator('ion-alert, ion-popover, ion-action-sheet, ion-modal').last();
  const option = topic
    ? overlay.getByRole('radio', { name: topic }).or(overlay.getByRole('button', { name: topic }))
    : overlay.getByRole('radio').or(overlay.getByRole('button')).first();
  await option.first().click();
  const ok = overlay.getByRole('button', { name: /^(OK|Auswählen)$/ });
  if (await ok.isVisible()) await ok.click();
  await expect(overlay).toBeHidden();
}

export async function submitFeedback(page: Page): Promise<void> {
  await visiblePage(page).getByRole('button', { name: 'Absenden' }).click();
}

/** My item on "Meine Beiträge" whose text contains `text`. */
export function myItem(page: Page, text: string): Locator {
  return page.locator('[data-testid="my-item"]').filter({ hasText: text });
}

/** The receipt code shown inside a delivered item. */
export async function shownReceipt(item: Locator): Promise<string> {
  const code = item.getByTestId('receipt');
  await expect(code).toHaveText(RECEIPT_PATTERN);
  const match = RECEIPT_PATTERN.exec((await code.textContent()) ?? '');
  if (!match) throw new Error('Delivered item shows no receipt code.');
  return match[0];
}

/** Logs in on /verwaltung through the UI. */
export async function managerLogin(page: Page): Promise<void> {
  await page.goto('/verwaltung');
  const screen = visiblePage(page);
  await screen.getByLabel('E-Mail').fill(ADMIN_EMAIL);
  await screen.getByLabel('Passwort').fill(ADMIN_PASSWORD);
  await screen.getByRole('button', { name: 'Anmelden' }).click();
}
