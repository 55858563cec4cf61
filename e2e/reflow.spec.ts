import { expect, test } from './support/fixtures';
import { htmlLang, LOCALES_UNDER_TEST, translator, useLocale } from './support/locales';
import { expectNoHorizontalScrolling } from './support/reflow';
import { RESIDENT_WALKS, runWalk } from './support/resident-screens';

// WCAG 1.4.10 Reflow: every resident screen (the table in support/resident-screens.ts), walked on a 320 CSS px
// phone, has nothing that sticks out sideways there nor at 200 % zoom of a 1280 × 800 window (640 × 400 CSS px).
// The walks type long words and links where residents and managers type text.
test.use({ reducedMotion: 'reduce', viewport: { width: 320, height: 568 } });
test.describe.configure({ timeout: 240_000 });

for (const locale of LOCALES_UNDER_TEST) {
  test.describe(`reflow at 320 px and 200 % zoom [${locale}]`, () => {
    for (const walk of RESIDENT_WALKS) {
      test(`${walk.name}: ${walk.screens.length} screens`, async ({ page, context, manage, faultProxy }) => {
        await useLocale(context, locale);
        const t = translator(locale);
        await runWalk(walk, { page, context, t, manage, faultProxy }, async (screen) => {
          await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(locale));
          await expectNoHorizontalScrolling(page, `${screen} [${locale}]`);
        });
      });
    }
  });
}
