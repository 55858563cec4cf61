import axe from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
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
  // Only violations are reported in full (passes are what costs time to collect). The pages Ionic keeps hidden
  // (display: none, each checked when it was the visible one) are left out of the scan; the document stays the
  // context, so the page-level rules (title, lang, one main landmark) still run. A screen that has just
  // opened may still be fading in (Ionic's page transition): axe reads colours, so it waits for the end.
  await settleStyles(page);
  const results = await runAxe(page, {
    runOnly: only ? { type: 'rule', values: [...only] } : { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  const report = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
    return `  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${targets.join('\n')}`;
  });
  expect(report, `axe violations on ${screen}:\n${report.join('\n')}`).toEqual([]);
}

/**
 * axe.run in the page itself, with axe-core put into the page once per document rather than once per scan.
 * `@axe-core/playwright` evaluated axe's 0.5 MB source twice in every scan (even in legacy mode), which made a
 * one-rule scan cost ≈ 0.5 s; a scan of a page that already holds axe takes 0.06–0.1 s (docs/decisions.md). The
 * app has no frames, so the single-frame run sees everything (a frame it could not enter would be named by the
 * rule `frame-tested`). A navigation replaces the document and with it axe, so presence is checked each time.
 */
async function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  const present = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!present) await page.evaluate(`${axe.source}\n;axe.configure({ allowedOrigins: ['<same_origin>'] });`);
  return page.evaluate(
    (runOptions) => (window as unknown as { axe: typeof axe }).axe.run({ exclude: ['.ion-page-hidden'] }, runOptions),
    options,
  );
}

/**
 * The same screen twice: every rule in the light scheme, then the colour rules with `prefers-color-scheme: dark`
 * (axe's color-contrast rule is what proves dark mode readable). The page is left in the light scheme.
 */
export async function expectNoAxeViolationsLightAndDark(page: Page, screen: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
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
 * end, so axe reads the final colours. Endless animations (spinners) are not waited for. A transition can start
 * after the first look (an Ionic component that finishes connecting changes its classes, and with them its
 * colours), so it looks again until a frame passes with none running.
 */
async function settleStyles(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Two frames, or a second when Chromium produces none (a stalled compositor once held a walk for minutes).
    const frame = () =>
      new Promise((resolve) => {
        const timer = setTimeout(resolve, 1000);
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            clearTimeout(timer);
            resolve(undefined);
          }),
        );
      });
    // Ionic's fades last a few hundred milliseconds; an animation still running after 5 s is not one of
    // them and is not waited for (it once held a whole walk until its timeout).
    const deadline = performance.now() + 5000;
    for (;;) {
      await frame();
      const roots: (Document | ShadowRoot)[] = [document];
      for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
      // Only animations that are playing: a paused one (or one in a page Ionic hid mid-way) never finishes.
      const running = roots
        .flatMap((root) => root.getAnimations())
        .filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().iterations !== Infinity);
      const left = deadline - performance.now();
      if (running.length === 0 || left <= 0) return;
      await Promise.race([
        Promise.all(running.map((animation) => animation.finished.catch(() => undefined))),
        new Promise((resolve) => setTimeout(resolve, left)),
      ]);
    }
  });
}
