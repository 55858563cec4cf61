import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../shared/languages';
import { START_SHELL_ATTRIBUTE, START_SHELL_MODE_ATTRIBUTE } from '../ui/start-shell';
import { bundleStartShellScript, inlineScriptText, startShellIconSvg, startShellTextTable } from './start-shell';

// Vitest runs from the repository's root.
describe('the start screen frame in index.html', () => {
  it('has its texts in every language, read from the same keys the real screen shows', () => {
    const table = startShellTextTable(resolve('i18n'));
    expect(Object.keys(table).sort()).toEqual([...LANGUAGES].sort());
    expect(table.de).toEqual({
      title: 'Mitmachen',
      intro: 'Was läuft gut in Ihrem Stadtteil, was fehlt? Ihr Feedback geht an das Quartiersmanagement – ohne Anmeldung.',
      kinds: ['Feedback', 'Vorschlag'],
      tabs: ['Mitmachen', 'Im Viertel', 'Entdecken', 'Meine Beiträge', 'Mehr'],
    });
    expect(table.ar?.title).toBe('المشاركة');
  });

  it('picks its language with a classic script (a module would run only after the body is parsed)', async () => {
    const code = await bundleStartShellScript(resolve('src/start-shell-script.ts'));
    expect(code).not.toMatch(/^\s*(import|export)\b|\bimport\(|\bexport\s*\{/m);
    expect(code.length).toBeLessThan(3000);
    const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    const cases = [
      { path: '/', stored: 'ar', languages: ['de-DE'], userAgent: android, expected: 'ar', mode: undefined },
      { path: '/mitmachen', stored: null, languages: ['uk-UA', 'de'], userAgent: android, expected: 'uk', mode: undefined },
      { path: '/', stored: null, languages: ['fr-FR'], userAgent: android, expected: 'de', mode: undefined },
      { path: '/entdecken', stored: 'ar', languages: ['ar'], userAgent: iphone, expected: undefined, mode: undefined },
      { path: '/', stored: null, languages: ['de-DE'], userAgent: iphone, expected: 'de', mode: 'ios' },
    ];
    for (const { path, stored, languages, userAgent, expected, mode } of cases) {
      const attributes = new Map<string, string>();
      const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } };
      const localStorage = { getItem: (key: string) => (key === 'qs.language' ? stored : null) };
      const matchMedia = (query: string) => ({ matches: query.includes('coarse') });
      new Function('document', 'location', 'localStorage', 'navigator', 'matchMedia', code)(document, { pathname: path }, localStorage, { languages, userAgent }, matchMedia);
      expect(attributes.get(START_SHELL_ATTRIBUTE), path).toBe(expected);
      expect(attributes.get(START_SHELL_MODE_ATTRIBUTE), `${path} ${userAgent}`).toBe(mode);
    }
  });

  it("takes the tab icons from ionicons' own SVG files, a symbol per tab", () => {
    const sprite = startShellIconSvg();
    const symbols = [...sprite.matchAll(/<symbol id="qs-start-icon-(\d)" viewBox="0 0 512 512">(.*?)<\/symbol>/g)];
    expect(symbols.map((symbol) => symbol[1])).toEqual(['1', '2', '3', '4', '5']);
    for (const symbol of symbols) expect(symbol[2]).toMatch(/^<(path|circle) .*stroke="currentColor"/);
  });

  it('goes inline into index.html only as code that cannot end its element early', async () => {
    const code = inlineScriptText(await bundleStartShellScript(resolve('src/start-shell-script.ts')));
    expect(code).toBe(code.trim());
    expect(() => inlineScriptText('const a = "</script><script>alert(1)";')).toThrow(/cannot be inlined/);
    expect(() => inlineScriptText('const a = "<!-- x";')).toThrow(/cannot be inlined/);
  });
});
