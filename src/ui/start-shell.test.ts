// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../shared/languages';
import {
  dismissStartShell,
  isStartPath,
  pickStartShellTexts,
  START_SHELL_ATTRIBUTE,
  START_SHELL_ID,
  START_SHELL_MODE_ATTRIBUTE,
  START_SHELL_TAB_ICONS,
  startShellGone,
  startShellIconId,
  startShellIconSprite,
  startShellLanguageRules,
  startShellMarkup,
  startShellMode,
  startShellShown,
  type StartShellTexts,
} from './start-shell';

// Vitest runs from the repository's root. (The whole table is src/build/start-shell.test.ts's.)
const read = (language: string, namespace: string): unknown => JSON.parse(readFileSync(`i18n/${language}/${namespace}.json`, 'utf8'));
const table: Partial<Record<Language, StartShellTexts>> = Object.fromEntries(
  (['de', 'de-simple', 'ar'] as const).map((language) => [language, pickStartShellTexts(read(language, 'feedback'), read(language, 'common'))]),
);
const german = table.de as StartShellTexts;

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute(START_SHELL_ATTRIBUTE);
});

describe('the start screen frame', () => {
  it('leaves out a language whose files lack one of the texts, instead of drawing an empty frame', () => {
    const feedback = { title: 'T', intro: 'I', kind: { feedback: 'F', proposal: 'P' } };
    const common = { tabs: { participate: 'a', quarter: 'b', discover: 'c', mine: 'd', more: 'e' } };
    expect(pickStartShellTexts(feedback, common)).toMatchObject({ title: 'T', tabs: ['a', 'b', 'c', 'd', 'e'] });
    expect(pickStartShellTexts({ ...feedback, intro: '' }, common)).toBeUndefined();
    expect(pickStartShellTexts(feedback, { tabs: { ...common.tabs, more: undefined } })).toBeUndefined();
    expect(pickStartShellTexts(undefined, common)).toBeUndefined();
  });

  it('is one page per language, each with its lang and direction, hidden from assistive technology', () => {
    document.body.innerHTML = startShellMarkup(table);
    const shell = document.getElementById(START_SHELL_ID) as HTMLElement;
    expect(shell.getAttribute('aria-hidden')).toBe('true');
    const pages = [...shell.querySelectorAll<HTMLElement>('.start-shell-page')];
    expect(pages.map((page) => page.dataset.language)).toEqual(Object.keys(table));
    const arabic = shell.querySelector('[data-language="ar"]') as HTMLElement;
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(arabic.querySelector('.start-shell-intro')?.textContent).toBe(table.ar?.intro);
    // Einfache Sprache is German to screen readers and hyphenation.
    expect(shell.querySelector('[data-language="de-simple"]')?.getAttribute('lang')).toBe('de');
    expect(shell.querySelectorAll('a, button, input, textarea, select, [tabindex]')).toHaveLength(0);
    expect(startShellLanguageRules(['de', 'ar'])).toBe(
      'html[data-start-shell="de"] .start-shell-page[data-language="de"]{display:block}\n' +
        'html[data-start-shell="ar"] .start-shell-page[data-language="ar"]{display:block}',
    );
  });

  it('puts texts in as text, never as markup', () => {
    document.body.innerHTML = startShellMarkup({ de: { ...german, intro: '<img src=x onerror=alert(1)>', title: 'a "b" & c' } });
    const shell = document.getElementById(START_SHELL_ID) as HTMLElement;
    expect(shell.querySelector('img')).toBeNull();
    expect(shell.querySelector('.start-shell-intro')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(shell.querySelector('.start-shell-title')?.textContent).toBe('a "b" & c');
  });

  it('is shown on the start route only, until something takes it away (which a wait on it hears)', async () => {
    for (const path of ['/', '/mitmachen', '/mitmachen/']) expect(isStartPath(path)).toBe(true);
    for (const path of ['/entdecken', '/verwaltung', '/mitmachen/x', '/meine']) expect(isStartPath(path)).toBe(false);

    document.body.innerHTML = startShellMarkup(table);
    expect(startShellShown(document)).toBe(false);
    document.documentElement.setAttribute(START_SHELL_ATTRIBUTE, 'de');
    document.documentElement.setAttribute(START_SHELL_MODE_ATTRIBUTE, 'ios');
    expect(startShellShown(document)).toBe(true);
    let goneSeen = false;
    const goneWait = startShellGone(document).then(() => (goneSeen = true));
    await Promise.resolve();
    expect(goneSeen).toBe(false);
    dismissStartShell(document);
    await goneWait;
    expect(goneSeen).toBe(true);
    // Nothing shown: nothing to wait for.
    await startShellGone(document);
    expect(document.documentElement.hasAttribute(START_SHELL_MODE_ATTRIBUTE)).toBe(false);
    expect(startShellShown(document)).toBe(false);
    expect(document.getElementById(START_SHELL_ID)).toBeNull();
    expect(document.documentElement.hasAttribute(START_SHELL_ATTRIBUTE)).toBe(false);
    dismissStartShell(document);
  });

  it('takes the mode Ionic will take: iOS on an iPhone, iPod or iPad (also one that says Macintosh), Material Design elsewhere', () => {
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    const ipad = 'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0 Mobile/15E148 Safari/604.1';
    const macintosh = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
    const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
    const windows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
    expect(startShellMode(iphone, true)).toBe('ios');
    expect(startShellMode(ipad, true)).toBe('ios');
    // iPadOS asks for desktop pages: its user agent is a Mac's, its pointer is a finger.
    expect(startShellMode(macintosh, true)).toBe('ios');
    expect(startShellMode(macintosh, false)).toBe('md');
    expect(startShellMode(android, true)).toBe('md');
    expect(startShellMode(windows, false)).toBe('md');
  });

  it('draws the tab icons MainTabs draws, in its order', () => {
    // The frame names ionicons' files (read at build time); the app imports their constants. Same icons, same order.
    const imported = [...readFileSync('src/app/MainTabs.tsx', 'utf8').matchAll(/^\s*icon: (\w+),$/gm)].map((match) => match[1]);
    const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    expect(START_SHELL_TAB_ICONS.map(camel)).toEqual(imported);
  });

  it("draws each tab's icon from one sprite of symbols, made from ionicons' SVG files as they are", () => {
    const svg = (d: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" class="ionicon">\n  <path d="${d}" fill="none" stroke="currentColor" stroke-width="32px"/><circle cx="1" cy="2" r="3"/></svg>\n`;
    const sprite = startShellIconSprite([svg('M0 0h512'), svg('M1 1h2'), svg('M2 2h3'), svg('M3 3h4'), svg('M4 4h5')]);
    document.body.innerHTML = startShellMarkup({ de: german }, sprite);
    const symbols = [...document.querySelectorAll('#qs-start-shell > svg.start-shell-sprite > symbol')];
    expect(symbols.map((symbol) => symbol.id)).toEqual([0, 1, 2, 3, 4].map(startShellIconId));
    expect(symbols[0]?.getAttribute('viewBox')).toBe('0 0 512 512');
    expect(symbols[1]?.innerHTML).toBe('<path d="M1 1h2" fill="none" stroke="currentColor" stroke-width="32px"></path><circle cx="1" cy="2" r="3"></circle>');
    const uses = [...document.querySelectorAll('.start-shell-tab svg.start-shell-icon > use')].map((use) => use.getAttribute('href'));
    expect(uses).toEqual([0, 1, 2, 3, 4].map((index) => `#${startShellIconId(index)}`));
    expect(() => startShellIconSprite(['<path d="M0 0"/>'])).toThrow(/not an <svg> with a viewBox/);
    expect(() => startShellIconSprite(['<svg><path d="M0 0"/></svg>'])).toThrow(/not an <svg> with a viewBox/);
  });
});
