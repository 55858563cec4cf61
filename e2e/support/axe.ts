import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA as DESIGN §2 asks, expressed in axe's tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colours. The dark scheme changes only colours (theme.css swaps variables,
 * Ionic swaps its palette), so every other rule gives in dark what it gave in light; the dark pass runs these.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the current page (every WCAG rule, or `only` these rules) and fails with every violation's id,
 * impact, help text and targets, so the failure message alone says what to fix.
 */
export async function expectNoAxeViolations(page: Page, screen: string, only?: readonly string[]): Promise<void> {
  // options() replaces what withRules/withTags set, so it comes first; and withRules and withTags each set
  // axe's runOnly (the last would win), so only one of them is used.
  // Only violations are reported in full (passes are what costs time to collect). The pages Ionic keeps hidden
  // (display: none, each checked when it was the visible one) are left out of the scan; the document stays the
  // context, so the page-level rules (title, lang, one main landmark) still run.
  // Legacy mode runs axe.run in the page itself; the default opens a blank page per scan to merge the results of
  // every frame, which doubled each scan's time (≈ 0.6–0.7 s against 1.3–1.5 s for a full scan of the start
  // screen, measured on the 2-core box) — a minute of CI. What it gives up is cross-origin frames, and the app
  // has no frames at all (a rule `frame-tested` would name any it could not enter).
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).exclude('.ion-page-hidden');
  const results = await (only ? builder.withRules([...only]) : builder.withTags(WCAG_TAGS)).analyze();
  const report = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
    return `  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${targets.join('\n')}`;
  });
  expect(report, `axe violations on ${screen}:\n${report.join('\n')}`).toEqual([]);
}

/**
 * The same screen twice: every rule in the light scheme, then the colour rules with `prefers-color-scheme: dark`
 * (axe's color-contrast rule is what proves dark mode readable). The page is left in the light scheme.
 */
export async function expectNoAxeViolationsLightAndDark(page: Page, screen: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await settleStyles(page);
  await expectNoAxeViolations(page, `${screen} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await settleStyles(page);
  // Proof that the dark palette is on (else axe would check the light colours twice): our scheme and Ionic's
  // dark page background behind the visible screen.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const pages = [...document.querySelectorAll('.ion-page:not(.ion-page-hidden) [role="main"]')];
          const main = pages[pages.length - 1];
          const channels = (main ? getComputedStyle(main).backgroundColor : '').match(/\d+/g)?.slice(0, 3).map(Number) ?? [];
          return { scheme: getComputedStyle(document.documentElement).colorScheme, darkBackground: channels.length === 3 && channels.every((c) => c < 48) };
        }),
      { message: 'dark scheme applied' },
    )
    .toEqual({ scheme: 'dark', darkBackground: true });
  await expectNoAxeViolations(page, `${screen} (dark)`, COLOUR_RULES);
  await page.emulateMedia({ colorScheme: 'light' });
  await settleStyles(page);
}

/**
 * Waits for colour transitions (Ionic's components fade background and colour, inside their shadow roots) to
 * end, so axe reads the final colours. Endless animations (spinners) are not waited for.
 */
async function settleStyles(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    // Only animations that are playing: a paused one (or one in a page Ionic hid mid-way) never finishes.
    const running = roots
      .flatMap((root) => root.getAnimations())
      .filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().iterations !== Infinity);
    // Ionic's fades last a few hundred milliseconds; an animation still running after 5 s is not one of
    // them and is not waited for (it once held a whole walk until its timeout).
    await Promise.race([
      Promise.all(running.map((animation) => animation.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ]);
  });
}
