import { expectNoAxeViolations, expectNoAxeViolationsLightAndDark } from './support/axe';
import { expect, test } from './support/fixtures';
import { htmlLang, LOCALES_UNDER_TEST, translator, useLocale } from './support/locales';
import { expectNoHorizontalScrolling } from './support/reflow';
import { RESIDENT_WALKS, runWalk } from './support/resident-screens';

// Every resident screen (the table in support/resident-screens.ts), in every language under test, walked once:
// - axe (WCAG 2.2 AA tags) finds nothing, in the light and in the dark colour scheme (German), and in the light
//   one in Einfache Sprache and Arabic: they have German's colours, components and font sizes (what axe's
//   contrast rule weighs), only their words and Arabic's direction differ, and German's dark pass checks those
//   colours. Arabic's dark pass was dropped to keep CI under 25 minutes (it cost ≈ 45 s of a 2-core run);
// - WCAG 1.4.10 Reflow: nothing sticks out sideways on a 320 CSS px phone nor at 200 % zoom of a 1280 × 800
//   window (640 × 400 CSS px). The walks type long words and links where residents and managers type text.
// One walk for both checks, because the walk (not the checks) is what costs time. The walk itself runs on a
// 390 px phone; each screen is then resized to the reflow widths and back.
// The manager screens have their own journey (manage-axe.spec.ts). Reduced motion, so no screen is checked
// half-way through a page transition.
test.use({ reducedMotion: 'reduce' });
// Up to seven screens with two axe runs and two reflow sizes each, some with a Leaflet map, on a busy 2-core box.
test.describe.configure({ timeout: 360_000 });

for (const locale of LOCALES_UNDER_TEST) {
  test.describe(`accessibility (axe, WCAG 2.2 AA; reflow) [${locale}]`, () => {
    for (const walk of RESIDENT_WALKS) {
      const bothSchemes = locale === 'de';
      test(`${walk.name}: ${walk.screens.length} screens, ${bothSchemes ? 'light and dark' : 'light'}, 320 px and 200 % zoom`, async ({ page, context, manage, faultProxy }) => {
        await useLocale(context, locale);
        const t = translator(locale);
        await runWalk(walk, { page, context, t, manage, faultProxy }, async (screen) => {
          await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(locale));
          if (bothSchemes) await expectNoAxeViolationsLightAndDark(page, `${screen} [${locale}]`);
          else await expectNoAxeViolations(page, `${screen} [${locale}]`);
          await expectNoHorizontalScrolling(page, `${screen} [${locale}]`);
        });
      });
    }
  });
}
