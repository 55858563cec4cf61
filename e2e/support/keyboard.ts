import { expect, type Locator, type Page } from '@playwright/test';

// Keyboard-only journeys: keys go to whatever has focus, and the test only ever reads where focus is.
// No clicks, no element.focus(), no locator.fill(): what a keyboard user cannot reach, the journey cannot either.

/** Whether `target` holds the focus, also when it sits inside a shadow root (Ionic's buttons and tabs). */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    for (let active = document.activeElement; active; active = active.shadowRoot?.activeElement ?? null) {
      if (active === element) return true;
    }
    return false;
  });
}

/** What holds the focus, for failure messages: the innermost element through shadow roots. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'body';
    const host = active.getRootNode() instanceof ShadowRoot ? ` in ${(active.getRootNode() as ShadowRoot).host.tagName.toLowerCase()}` : '';
    const name = active.getAttribute('aria-label') ?? (active.textContent ?? '').trim().slice(0, 50);
    return `${active.tagName.toLowerCase()}${host} "${name}"`;
  });
}

/**
 * Presses `key` (Tab or Shift+Tab) until `target` has the focus; fails naming every stop on the way when it is
 * not reached within `max` presses.
 */
export async function moveFocusTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 60): Promise<void> {
  const stops: string[] = [];
  for (let press = 0; press < max; press++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return;
    stops.push(await focusedElement(page));
  }
  throw new Error(`${key} never reached ${target.toString()} in ${max} presses; focus went:\n  ${stops.join('\n  ')}`);
}

/** The visible screen's `h1` holds the focus and reads `name`. */
export async function expectHeadingFocused(page: Page, name: string): Promise<void> {
  const heading = page
    .locator('.ion-page:not(.ion-page-hidden)')
    .getByRole('heading', { level: 1, name, exact: true });
  await expect
    .poll(async () => ((await isFocused(heading.first())) ? 'heading' : await focusedElement(page)), { message: `focus on the h1 "${name}"` })
    .toBe('heading');
}
