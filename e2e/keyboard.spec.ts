import { expect, test } from './support/fixtures';
import { expectHeadingFocused, focusedElement, isFocused, moveFocusTo } from './support/keyboard';
import { LOCALES_UNDER_TEST, translator, useLocale } from './support/locales';
import { RECEIPT_PATTERN, visiblePage } from './support/app';

// WCAG 2.1.1 Keyboard and 2.4.3 Focus Order: a resident gives feedback from the start screen with Tab,
// Shift+Tab, Enter, Space and the arrow keys alone, and every navigation (sub-page, back, tab change) puts
// the focus on the new screen's h1, so a screen reader reads where the resident is. Normal motion: page
// transitions run as they do for most residents.

for (const locale of LOCALES_UNDER_TEST) {
  test(`keyboard only: feedback from the start screen, then focus follows every navigation [${locale}]`, async ({ page, context }) => {
    await useLocale(context, locale);
    const t = translator(locale);
    await page.goto('/mitmachen');
    const screen = visiblePage(page);
    await expect(screen.getByTestId('feedback-form')).toBeVisible();
    await expect(page).toHaveTitle(`${t('feedback:title')} · ${t('common:appName')}`);
    // The first screen of an app start leaves the focus where the browser put it: at the start of the page.
    expect(await focusedElement(page)).toBe('body');

    // The quarter: type a few letters, Tab to the match, Enter.
    const search = screen.getByLabel(t('feedback:quarter.search'));
    await moveFocusTo(page, search);
    await page.keyboard.type('Herr');
    await moveFocusTo(page, screen.getByRole('button', { name: /^Herrenberg(\s|$)/ }));
    await page.keyboard.press('Enter');
    await expect(screen.getByTestId('chosen-quarter')).toContainText('Herrenberg');

    // The topic: a native select, changed with the arrow keys without opening it.
    const topic = screen.getByLabel(t('feedback:topic.label'), { exact: true });
    await moveFocusTo(page, topic);
    await page.keyboard.press('ArrowDown');
    await expect(topic).not.toHaveValue('');

    const text = screen.getByRole('textbox', { name: t('feedback:text.label') });
    await moveFocusTo(page, text);
    const marker = `KBD-${Date.now().toString(36)}`;
    await page.keyboard.type(`${marker}: Die Bank an der Haltestelle ist kaputt.`);
    await expect(text).toHaveValue(`${marker}: Die Bank an der Haltestelle ist kaputt.`);

    // Mood: radios move with the arrow keys; the public switch toggles with Space (and back).
    const noMood = screen.getByRole('radio', { name: t('feedback:mood.none') });
    await moveFocusTo(page, noMood);
    // Down, not Right: in a right-to-left language Right means "previous".
    await page.keyboard.press('ArrowDown');
    await expect(screen.getByRole('radio', { name: t('feedback:mood.1') })).toBeChecked();
    const publicSwitch = screen.getByRole('switch', { name: t('feedback:visibility.label') });
    await moveFocusTo(page, publicSwitch);
    await page.keyboard.press('Space');
    await expect(publicSwitch).toBeChecked();
    await page.keyboard.press('Space');
    await expect(publicSwitch).not.toBeChecked();

    // An optional part opens with Enter on its summary.
    const contact = screen.getByTestId('section-contact');
    await moveFocusTo(page, contact.locator('summary'));
    await page.keyboard.press('Enter');
    await expect(contact).toHaveAttribute('open', '');
    await moveFocusTo(page, contact.getByLabel(t('feedback:contact.name')));
    await page.keyboard.type('Anna');

    await moveFocusTo(page, screen.getByRole('button', { name: t('feedback:submit'), exact: true }));
    await page.keyboard.press('Enter');
    const sent = screen.getByTestId('feedback-sent');
    await expect(sent).toHaveAttribute('data-state', 'delivered');
    await expect(sent).toContainText(RECEIPT_PATTERN);
    // The confirmation takes the focus from the vanished button.
    await expect.poll(() => isFocused(sent.getByRole('heading', { name: t('feedback:sent.title') }))).toBe(true);

    // Onwards to "Meine Beiträge" (a button link), its sub-page, back, and another tab: focus lands on each h1.
    await moveFocusTo(page, sent.getByRole('link', { name: t('feedback:sent.toMine') }).or(sent.getByRole('button', { name: t('feedback:sent.toMine') })).first());
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, t('submissions:title'));
    await expect(page).toHaveTitle(`${t('submissions:title')} · ${t('common:appName')}`);
    const mine = visiblePage(page);
    await expect(mine.getByTestId('my-item').filter({ hasText: marker })).toHaveAttribute('data-state', 'delivered');

    await moveFocusTo(page, mine.getByRole('link', { name: t('submissions:lookup.link') }));
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, t('submissions:lookup.title'));

    await moveFocusTo(page, visiblePage(page).locator('ion-back-button'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, t('submissions:title'));

    const moreTab = page.getByRole('tab', { name: t('common:tabs.more') });
    await moveFocusTo(page, moreTab);
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, t('common:screens.more'));
    await expect(page).toHaveURL(/\/mehr$/);
    await expect(page).toHaveTitle(`${t('common:screens.more')} · ${t('common:appName')}`);

    // Back to a tab visited before: its kept page is shown again, and its heading takes the focus again.
    const startTab = page.getByRole('tab', { name: t('common:tabs.participate') });
    await moveFocusTo(page, startTab, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, t('feedback:title'));
  });
}
