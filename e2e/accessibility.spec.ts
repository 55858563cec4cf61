import { expectNoAxeViolationsLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { htmlLang, LOCALES_UNDER_TEST, translator, useLocale } from './support/locales';
import { RESIDENT_WALKS, runWalk } from './support/resident-screens';

// No axe violations (WCAG 2.2 AA tags) on every resident screen (the table in support/resident-screens.ts),
// in every language under test, in the light and the dark colour scheme. The manager screens have their own
// journey (manage-axe.spec.ts). Reduced motion, so no screen is checked half-way through a page transition.
test.use({ reducedMotion: 'reduce' });
// Up to seven screens with two axe runs each, some with a Leaflet map, on a busy 2-core machine.
test.describe.configure({ timeout: 300_000 });

for (const locale of LOCALES_UNDER_TEST) {
  test.describe(`accessibility (axe, WCAG 2.2 AA) [${locale}]`, () => {
    for (const walk of RESIDENT_WALKS) {
      test(`${walk.name}: ${walk.screens.length} screens, light and dark`, async ({ page, context, manage, faultProxy }) => {
        await useLocale(context, locale);
        const t = translator(locale);
        await runWalk(walk, { page, context, t, manage, faultProxy }, async (screen) => {
          await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(locale));
          await expectNoAxeViolationsLightAndDark(page, `${screen} [${locale}]`);
        });
      });
    }
  });
}
