import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../shared/languages';
import { START_SHELL_ATTRIBUTE } from '../ui/start-shell';
import { bundleStartShellScript, startShellTextTable } from './start-shell';

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
    const cases = [
      { path: '/', stored: 'ar', languages: ['de-DE'], expected: 'ar' },
      { path: '/mitmachen', stored: null, languages: ['uk-UA', 'de'], expected: 'uk' },
      { path: '/', stored: null, languages: ['fr-FR'], expected: 'de' },
      { path: '/entdecken', stored: 'ar', languages: ['ar'], expected: undefined },
    ];
    for (const { path, stored, languages, expected } of cases) {
      const attributes = new Map<string, string>();
      const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } };
      const localStorage = { getItem: (key: string) => (key === 'qs.language' ? stored : null) };
      new Function('document', 'location', 'localStorage', 'navigator', code)(document, { pathname: path }, localStorage, { languages });
      expect(attributes.get(START_SHELL_ATTRIBUTE), path).toBe(expected);
    }
  });
});
