import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/shared/languages';
import {
  checkErrorCodes,
  checkIdentical,
  checkReservedPlaceholders,
  checkUnusedKeys,
  checkUsedKeys,
  compareLocales,
  extractKeys,
  flatten,
  loadLocales,
  sourceFiles,
  type Locales,
} from './check-locales';
import { CLIENT_ERROR_CODES, DYNAMIC_KEYS } from './dynamic-keys';
import { ERROR_CODES } from '../src/shared/api-error';

const i18nDir = fileURLToPath(new URL('.', import.meta.url));
const srcDir = fileURLToPath(new URL('../src', import.meta.url));
const locales = loadLocales(i18nDir);
const namespaces = Object.keys(locales.de ?? {});
const sameAsGerman = JSON.parse(readFileSync(new URL('./same-as-german.json', import.meta.url), 'utf8')) as Record<string, string[]>;

// The server does not translate; everything else under src speaks through i18next.
const files = sourceFiles(srcDir, (path) => /[\\/]src[\\/](server|test)([\\/]|$)/.test(path));
const uses = files.flatMap((file) => extractKeys(readFileSync(file, 'utf8'), file, namespaces));

describe('locales', () => {
  it('has a folder for every language of the registry and no other', () => {
    expect(Object.keys(locales).sort()).toEqual([...LANGUAGES].sort());
    expect(Object.keys(locales.en ?? {}).sort()).toEqual([...namespaces].sort());
  });

  it('(a, c) have every German key, exactly their CLDR plural forms, the same placeholders and markup, and no empty text', () => {
    expect(compareLocales(locales)).toEqual([]);
  });

  it('(b) contain every key the source uses, written as ns:key', () => {
    expect(uses.length).toBeGreaterThan(50);
    expect(checkUsedKeys(uses, locales, srcDir)).toEqual([]);
  });

  it('(b) have no key that the source never uses', () => {
    expect(checkUnusedKeys(uses, locales, DYNAMIC_KEYS)).toEqual([]);
  });

  it('(d) have a message for every API error code and the client-side errors', () => {
    expect(checkErrorCodes([...ERROR_CODES, ...CLIENT_ERROR_CODES], locales)).toEqual([]);
  });

  it('(f) name no placeholder like an i18next option (lng, ns, context …), which t() would swallow', () => {
    expect(checkReservedPlaceholders(locales)).toEqual([]);
  });

  it('(e) leave no text identical to German unless listed in same-as-german.json', () => {
    expect(checkIdentical(locales, sameAsGerman)).toEqual([]);
  });
});

// The checks above are only worth something if they can fail: each one meets a broken fixture here.
describe('the checks catch broken translations', () => {
  const fixture = (de: unknown, en: unknown): Locales => ({ de: { demo: flatten(de) }, en: { demo: flatten(en) } });

  it('a key in one locale only, either way', () => {
    expect(compareLocales(fixture({ a: 'A', b: 'B' }, { a: 'A' }))).toEqual(['en: "demo:b" is missing']);
    expect(compareLocales(fixture({ a: 'A' }, { a: 'A', c: 'C' }))).toEqual(['en: "demo:c" is not a German key']);
  });

  it('an empty value', () => {
    expect(compareLocales(fixture({ a: ' ' }, { a: 'A' }))).toEqual(['de: "demo:a" is empty']);
  });

  it('a missing or surplus plural form, a different placeholder, different markup', () => {
    expect(compareLocales(fixture({ n_one: '{{count}} x', n_other: '{{count}} xs' }, { n_other: '{{count}} xs' }))).toEqual([
      'en: "demo:n_one" (plural) is missing',
    ]);
    expect(
      compareLocales(fixture({ n_one: '{{count}} x', n_other: '{{count}} xs' }, { n_one: '{{count}} x', n_few: '{{count}} x', n_other: '{{count}} xs' })),
    ).toEqual(['en: "demo:n_few" is not a plural form of en']);
    expect(compareLocales(fixture({ a: 'Hallo {{name}}' }, { a: 'Hello {{nam}}' }))).toEqual(['en: "demo:a" uses different placeholders than German']);
    expect(compareLocales(fixture({ a: 'Mit <strong>Fett</strong>' }, { a: 'With bold' }))).toEqual(['en: "demo:a" has different markup than German']);
  });

  it('Arabic may say one and two in words, Russian "one" must keep the number', () => {
    const de = flatten({ n_one: '{{count}} Foto', n_other: '{{count}} Fotos' });
    const ar = flatten({ n_zero: 'لا صور', n_one: 'صورة واحدة', n_two: 'صورتان', n_few: '{{count}} صور', n_many: '{{count}} صورة', n_other: '{{count}} صورة' });
    expect(compareLocales({ de: { demo: de }, ar: { demo: ar } })).toEqual([]);
    const ru = flatten({ n_one: 'одно фото', n_few: '{{count}} фото', n_many: '{{count}} фото', n_other: '{{count}} фото' });
    expect(compareLocales({ de: { demo: de }, ru: { demo: ru } })).toEqual(['ru: "demo:n_one" uses different placeholders than German']);
    const clusterDe = flatten({ cluster_one: '{{count}} Treffer', cluster_other: '{{count}} Treffer' });
    const clusterAr = flatten({ cluster_zero: '{{count}}', cluster_one: 'نتيجة واحدة', cluster_two: '{{count}}', cluster_few: '{{count}}', cluster_many: '{{count}}', cluster_other: '{{count}}' });
    expect(compareLocales({ de: { demo: clusterDe }, ar: { demo: clusterAr } })).toEqual(['ar: "demo:cluster_one" uses different placeholders than German']);
    const arMissingFew = flatten({ ...Object.fromEntries(ar), n_few: 'صور' });
    expect(compareLocales({ de: { demo: de }, ar: { demo: arMissingFew } })).toEqual(['ar: "demo:n_few" uses different placeholders than German']);
  });

  it('manager namespaces are German and English only', () => {
    const de = { manage: flatten({ a: 'A' }), common: flatten({ b: 'B' }) };
    expect(compareLocales({ de, ar: { common: flatten({ b: 'ب' }) } })).toEqual([]);
    expect(compareLocales({ de, en: { common: flatten({ b: 'B2' }) } })).toEqual(['en: namespace "manage" is missing']);
    expect(compareLocales({ de, tr: { common: flatten({ b: 'C' }), manage: flatten({ a: 'D' }) } })).toEqual([
      'tr: namespace "manage" is not a German resident namespace',
    ]);
  });

  it('a value left in German without being listed, and a stale list entry', () => {
    const both = { de: { demo: flatten({ a: 'Liste', b: 'Karte', c: '{{name}} ({{distance}})' }) }, tr: { demo: flatten({ a: 'Liste', b: 'Harita', c: '{{name}} ({{distance}})' }) } };
    expect(checkIdentical(both, {})).toEqual(['tr: "demo:a" is identical to German and not listed in same-as-german.json']);
    expect(checkIdentical(both, { tr: ['demo:a'] })).toEqual([]);
    expect(checkIdentical(both, { tr: ['demo:a', 'demo:b'] })).toEqual(['tr: "demo:b" is listed in same-as-german.json but differs from German']);
  });

  it('a key no source uses, unless it is built at run time', () => {
    const de = { de: { demo: flatten({ a: 'A', n_one: 'n', n_other: 'ns', built: 'B' }) } };
    const used = [{ key: 'demo:a', file: 'x.tsx' }, { key: 'demo:n', file: 'x.tsx' }];
    expect(checkUnusedKeys(used, de, [])).toEqual(['"demo:built" is used nowhere in src']);
    expect(checkUnusedKeys(used, de, ['demo:built'])).toEqual([]);
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

  it('a placeholder named like an i18next option', () => {
    expect(checkReservedPlaceholders(fixture({ a: 'Breite {{lat}}, Länge {{lng}}', n_one: '{{count}} x', n_other: '{{count}} xs' }, { a: '{{context}} {{name}}' }))).toEqual([
      'de: "demo:a" uses {{lng}}, an i18next option name',
      'en: "demo:a" uses {{context}}, an i18next option name',
    ]);
  });

  it('an error code without message', () => {
    const withErrors: Locales = { de: { errors: flatten({ a: 'A' }) } };
    expect(checkErrorCodes(['a', 'b'], withErrors)).toEqual(['de: errors:b has no message']);
  });
});
