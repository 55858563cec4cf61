import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/shared/api-error';
import { checkErrorCodes, checkUsedKeys, compareLocales, extractKeys, flatten, loadLocales, sourceFiles, type Locales } from './check-locales';

const i18nDir = fileURLToPath(new URL('.', import.meta.url));
const srcDir = fileURLToPath(new URL('../src', import.meta.url));
const locales = loadLocales(i18nDir);
const namespaces = Object.keys(locales.de ?? {});
const CLIENT_CODES = ['quota', 'offline', 'network'];

// The server does not translate; everything else under src speaks through i18next.
const files = sourceFiles(srcDir, (path) => /[\\/]src[\\/](server|test)([\\/]|$)/.test(path));
const uses = files.flatMap((file) => extractKeys(readFileSync(file, 'utf8'), file, namespaces));

describe('locales', () => {
  it('has German and English with the same namespaces', () => {
    expect(Object.keys(locales).sort()).toEqual(expect.arrayContaining(['de', 'en']));
    expect(Object.keys(locales.en ?? {}).sort()).toEqual([...namespaces].sort());
  });

  it('(a, c) have the same keys, plural forms and placeholders in every language, and no empty text', () => {
    expect(compareLocales(locales)).toEqual([]);
  });

  it('(b) contain every key the source uses, written as ns:key', () => {
    expect(uses.length).toBeGreaterThan(50);
    expect(checkUsedKeys(uses, locales, srcDir)).toEqual([]);
  });

  it('(d) have a message for every API error code and the client-side errors', () => {
    expect(checkErrorCodes([...ERROR_CODES, ...CLIENT_CODES], locales)).toEqual([]);
  });
});

// The checks above are only worth something if they can fail: each one meets a broken fixture here.
describe('the checks catch broken translations', () => {
  const fixture = (de: unknown, en: unknown): Locales => ({ de: { demo: flatten(de) }, en: { demo: flatten(en) } });

  it('a key in one locale only', () => {
    expect(compareLocales(fixture({ a: 'A', b: 'B' }, { a: 'A' }))).toEqual(['en: "demo:b" is missing']);
  });

  it('an empty value', () => {
    expect(compareLocales(fixture({ a: ' ' }, { a: 'A' }))).toEqual(['de: "demo:a" is empty']);
  });

  it('a missing plural form and a different placeholder', () => {
    expect(compareLocales(fixture({ n_one: '{{count}} x', n_other: '{{count}} xs' }, { n_other: '{{count}} xs' }))).toEqual([
      'en: "demo:n_one" (plural) is missing',
    ]);
    expect(compareLocales(fixture({ a: 'Hallo {{name}}' }, { a: 'Hello {{nam}}' }))).toHaveLength(2);
  });

  it('a used key that is missing, a key without namespace, an unknown namespace', () => {
    const source = `t('demo:a'); t('demo:gone'); t('bare'); const k = 'demo:n'; t("other:x"); t(\`demo:\${v}\`);`;
    const found = extractKeys(source, 'x.tsx', ['demo']);
    expect(found.map((u) => u.key)).toEqual(['demo:a', 'demo:gone', 'bare', 'other:x', 'demo:a', 'demo:gone', 'demo:n']);
    expect(checkUsedKeys(found, fixture({ a: 'A', n_one: 'n', n_other: 'ns' }, { a: 'A', n_one: 'n', n_other: 'ns' }))).toEqual([
      'x.tsx: "demo:gone" is missing in de',
      'x.tsx: "demo:gone" is missing in en',
      "x.tsx: t('bare') has no namespace; write t('ns:key')",
      'x.tsx: "other:x" uses namespace "other", which de does not have',
      'x.tsx: "other:x" uses namespace "other", which en does not have',
    ]);
  });

  it('an error code without message', () => {
    const withErrors: Locales = { de: { errors: flatten({ a: 'A' }) } };
    expect(checkErrorCodes(['a', 'b'], withErrors)).toEqual(['de: errors:b has no message']);
  });
});
