import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LOCALES_UNDER_TEST, translator, useLocale } from './support/locales';
import { visiblePage } from './support/app';

// prefers-reduced-motion (WCAG 2.3.3, and comfort for people with vestibular disorders): Ionic's page transitions
// and ripples are off and our CSS transitions end at once when the system asks for less motion — and only then.

/**
 * How many scripted animations with a duration (Ionic's page transitions use the Web Animations API) were started on
 * Ionic pages while `navigate` took the app to a sub-page. Counted where they are made, `Element.animate`: sampling
 * `document.getAnimations()` once a frame missed a whole transition when a busy machine held the main thread
 * longer than it ran. CSS animations and transitions are left out: theme.css handles those, and a delayed
 * "loading" line is no motion.
 */
async function pageAnimationsDuring(page: Page, navigate: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const watch = window as unknown as { __pageAnimations: number; __stopWatching: () => void };
    const animate = Element.prototype.animate;
    watch.__pageAnimations = 0;
    Element.prototype.animate = function (this: Element, keyframes, options) {
      const duration = typeof options === 'number' ? options : Number(options?.duration ?? 0);
      if (duration > 0 && this.closest('.ion-page')) watch.__pageAnimations += 1;
      return animate.call(this, keyframes, options);
    };
    watch.__stopWatching = () => {
      Element.prototype.animate = animate;
    };
  });
  await navigate();
  return page.evaluate(() => {
    const watch = window as unknown as { __pageAnimations: number; __stopWatching: () => void };
    watch.__stopWatching();
    return watch.__pageAnimations;
  });
}

for (const locale of LOCALES_UNDER_TEST) {
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    test.describe(`motion: ${reducedMotion} [${locale}]`, () => {
      test.use({ reducedMotion });

      test('Ionic animations and CSS transitions follow the system setting', async ({ page, context }) => {
        await useLocale(context, locale);
        const t = translator(locale);
        const still = reducedMotion === 'reduce';
        await page.goto('/mehr');
        const more = visiblePage(page);
        await expect(more.getByRole('heading', { level: 1, name: t('common:screens.more') })).toBeVisible();

        const config = await page.evaluate(() => {
          const ionic = (window as unknown as { Ionic?: { config?: { get?: (key: string, fallback: unknown) => unknown } } }).Ionic;
          return { animated: ionic?.config?.get?.('animated', true), ripple: ionic?.config?.get?.('rippleEffect', true) };
        });
        expect(config).toEqual({ animated: !still, ripple: !still });
        // theme.css shortens every transition of ours to (practically) nothing.
        const transition = await page.evaluate(() => getComputedStyle(document.body).transitionDuration);
        expect(transition).toBe(still ? '1e-05s' : '0s');

        const animations = await pageAnimationsDuring(page, async () => {
          await more.getByText(t('settings:about.title'), { exact: true }).click();
          await expect(visiblePage(page).getByRole('heading', { level: 1, name: t('common:screens.about') })).toBeVisible();
          await expect(page.locator('.ion-page.ion-page-invisible')).toHaveCount(0);
        });
        if (still) expect(animations, 'page transition animations with reduced motion').toBe(0);
        else expect(animations, 'page transition animations without a preference').toBeGreaterThan(0);
      });
    });
  }
}
