import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The checks behind i18n.test.ts, as pure functions over plain data so the test can also prove
// that each check catches a broken fixture. Convention for keys in code: always `t('ns:key')`.

export type Flat = Map<string, string>;
/** locale → namespace → flattened keys */
export type Locales = Record<string, Record<string, Flat>>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function flatten(value: unknown, prefix = '', into: Flat = new Map()): Flat {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return into;
}

export function loadLocales(dir: string): Locales {
  const locales: Locales = {};
  for (const lng of readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory())) {
    locales[lng] = {};
    for (const file of readdirSync(join(dir, lng)).filter((name) => name.endsWith('.json'))) {
      locales[lng][file.replace(/\.json$/, '')] = flatten(JSON.parse(readFileSync(join(dir, lng, file), 'utf8')));
    }
  }
  return locales;
}

/** Keys with plural suffixes folded onto their base, which is what code asks for. */
function baseKeys(flat: Flat): Set<string> {
  return new Set([...flat.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

function placeholders(text: string, dropCount = false): string {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)]
    .map((m) => m[1])
    .filter((name) => !(dropCount && name === 'count'))
    .sort()
    .join(',');
}

/** `<strong>`, `</1>`, `<br/>`: markup a translation must keep so Trans components still fit. */
function markup(text: string): string {
  return [...text.matchAll(/<\/?(\w+)\s*\/?>/g)].map((m) => m[0]).sort().join(',');
}

/** Manager namespaces are German and English only (the manager area is not translated further). */
export const MANAGER_NAMESPACE = /^manage/;
export const MANAGER_LANGUAGES = ['de', 'en'];
const REFERENCE = 'de';
/** Plural texts whose number is also on screen (map clusters), so no form may leave out {{count}}. */
const NUMBER_SHOWN = /(^|\.)cluster$/;

/** Intl's locale for a folder name: Einfache Sprache follows German grammar. */
export function pluralLocale(lng: string): string {
  return lng === 'de-simple' ? 'de' : lng;
}

/**
 * Plural categories that stand for exactly one number in this language (Arabic zero, one, two; German
 * and English one) may say the number in words («صورتان») instead of {{count}}. Russian "one" also
 * covers 21, 31 …, so there the number must stay.
 */
export function singleNumberCategories(lng: string): Set<string> {
  const rules = new Intl.PluralRules(pluralLocale(lng));
  const numbers = new Map<string, number>();
  for (let n = 0; n <= 1000; n++) {
    const category = rules.select(n);
    numbers.set(category, (numbers.get(category) ?? 0) + 1);
  }
  return new Set([...numbers].filter(([, count]) => count === 1).map(([category]) => category));
}

function namespacesFor(lng: string, reference: Record<string, Flat>): string[] {
  return Object.keys(reference).filter((ns) => MANAGER_LANGUAGES.includes(lng) || !MANAGER_NAMESPACE.test(ns));
}

/**
 * (a) against German: every namespace (manager ones in de/en only), every key and no other, exactly the
 * language's CLDR plural forms, the same placeholders and markup; (c) no empty text.
 */
export function compareLocales(locales: Locales): string[] {
  const problems: string[] = [];
  const reference = locales[REFERENCE] ?? {};
  for (const [lng, namespaces] of Object.entries(locales)) {
    const categories = new Set<string>(new Intl.PluralRules(pluralLocale(lng)).resolvedOptions().pluralCategories);
    const wordsAllowed = singleNumberCategories(lng);
    for (const ns of namespacesFor(lng, reference)) {
      const flat = namespaces[ns];
      const german = reference[ns] ?? new Map<string, string>();
      if (!flat) {
        problems.push(`${lng}: namespace "${ns}" is missing`);
        continue;
      }
      const germanBases = baseKeys(german);
      const present = baseKeys(flat);
      for (const key of germanBases) if (!present.has(key)) problems.push(`${lng}: "${ns}:${key}" is missing`);
      for (const key of present) if (!germanBases.has(key)) problems.push(`${lng}: "${ns}:${key}" is not a German key`);
      for (const [key, value] of flat) {
        if (!value.trim()) problems.push(`${lng}: "${ns}:${key}" is empty`);
        const category = PLURAL_SUFFIX.exec(key)?.[1];
        const base = key.replace(PLURAL_SUFFIX, '');
        const isPlural = category !== undefined;
        if (isPlural) {
          for (const wanted of categories) {
            if (!flat.has(`${base}_${wanted}`)) problems.push(`${lng}: "${ns}:${base}_${wanted}" (plural) is missing`);
          }
          if (!categories.has(category)) problems.push(`${lng}: "${ns}:${key}" is not a plural form of ${lng}`);
        }
        const twin = german.get(key) ?? german.get(`${base}_other`);
        if (twin === undefined || lng === REFERENCE) continue;
        // A cluster marker shows its number; its label must say it too (WCAG 2.5.3, label in name).
        const numberShown = NUMBER_SHOWN.test(base);
        const dropCount = isPlural && !numberShown && wordsAllowed.has(category) && !placeholders(value).split(',').includes('count');
        if (placeholders(twin, dropCount) !== placeholders(value)) problems.push(`${lng}: "${ns}:${key}" uses different placeholders than German`);
        if (markup(twin) !== markup(value)) problems.push(`${lng}: "${ns}:${key}" has different markup than German`);
      }
    }
    for (const ns of Object.keys(namespaces)) {
      if (!namespacesFor(lng, reference).includes(ns)) problems.push(`${lng}: namespace "${ns}" is not a German resident namespace`);
    }
  }
  return [...new Set(problems)];
}

/**
 * Names i18next reads from t()'s options object before interpolating: a placeholder named like one never
 * reaches the text (`{{lng}}` switches the language and the key comes back raw). `count` is left out on
 * purpose: it selects the plural form and is meant to be shown.
 */
export const RESERVED_OPTION_NAMES = [
  'lng',
  'lngs',
  'fallbackLng',
  'ns',
  'defaultValue',
  'context',
  'ordinal',
  'replace',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'keyPrefix',
  'keySeparator',
  'nsSeparator',
  'skipInterpolation',
] as const;

/** Placeholders that share a name with an i18next option (see RESERVED_OPTION_NAMES). */
export function checkReservedPlaceholders(locales: Locales): string[] {
  const reserved = new Set<string>(RESERVED_OPTION_NAMES);
  const problems: string[] = [];
  for (const [lng, namespaces] of Object.entries(locales)) {
    for (const [ns, flat] of Object.entries(namespaces)) {
      for (const [key, value] of flat) {
        for (const name of placeholders(value).split(',')) {
          if (reserved.has(name)) problems.push(`${lng}: "${ns}:${key}" uses {{${name}}}, an i18next option name`);
        }
      }
    }
  }
  return problems;
}

/** Does a text say anything in words? "{{name}} ({{distance}})" does not, so it cannot be left untranslated. */
function hasWords(text: string): boolean {
  return /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, '').replace(/<[^>]*>/g, ''));
}

/**
 * No text silently left in German: a value identical to German must be listed for its locale in
 * i18n/same-as-german.json (proper names, and the many short labels Einfache Sprache shares). Entries
 * that are no longer identical are reported too, so the list stays true.
 */
export function checkIdentical(locales: Locales, allowed: Record<string, readonly string[]>): string[] {
  const problems: string[] = [];
  const reference = locales[REFERENCE] ?? {};
  for (const [lng, namespaces] of Object.entries(locales)) {
    if (lng === REFERENCE) continue;
    const allow = new Set(allowed[lng] ?? []);
    const identical = new Set<string>();
    for (const [ns, flat] of Object.entries(namespaces)) {
      for (const [key, value] of flat) {
        if (reference[ns]?.get(key) === value && hasWords(value)) identical.add(`${ns}:${key}`);
      }
    }
    for (const key of identical) if (!allow.has(key)) problems.push(`${lng}: "${key}" is identical to German and not listed in same-as-german.json`);
    for (const key of allow) if (!identical.has(key)) problems.push(`${lng}: "${key}" is listed in same-as-german.json but differs from German`);
  }
  return problems;
}

/** Every German key is used: named in src, or in the explicit list of keys src builds at run time. */
export function checkUnusedKeys(uses: readonly KeyUse[], locales: Locales, dynamicKeys: readonly string[]): string[] {
  const used = new Set([...uses.map((u) => u.key), ...dynamicKeys]);
  const problems: string[] = [];
  for (const [ns, flat] of Object.entries(locales[REFERENCE] ?? {})) {
    for (const key of baseKeys(flat)) if (!used.has(`${ns}:${key}`)) problems.push(`"${ns}:${key}" is used nowhere in src`);
  }
  return problems;
}

export interface KeyUse {
  key: string;
  file: string;
}

/**
 * Keys used in source: `t('…')`, `i18nKey="…"`, and any string literal shaped like `ns:key` for a
 * known namespace (keys kept in tables, e.g. `{ key: 'feedback:mood.1' }`). Template literals
 * with `${…}` cannot be checked here; the error codes have their own check.
 */
export function extractKeys(source: string, file: string, namespaces: readonly string[]): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const match of source.matchAll(/\bt\(\s*(['"`])((?:(?!\1)[^\\$])*)\1/g)) uses.push({ key: match[2] ?? '', file });
  for (const match of source.matchAll(/i18nKey=(?:\{\s*)?(['"`])([^'"`$]*)\1/g)) uses.push({ key: match[2] ?? '', file });
  const nsPattern = new RegExp(`(['"\`])((?:${namespaces.join('|')}):[A-Za-z0-9_.-]+)\\1`, 'g');
  for (const match of source.matchAll(nsPattern)) uses.push({ key: match[2] ?? '', file });
  return uses;
}

export function sourceFiles(dir: string, skip: (path: string) => boolean): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skip(path)) continue;
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path, skip));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** (b) every key used in code exists in every locale, written as `ns:key`. */
export function checkUsedKeys(uses: KeyUse[], locales: Locales, root = ''): string[] {
  const problems: string[] = [];
  for (const { key, file } of uses) {
    const where = root ? relative(root, file) : file;
    const separator = key.indexOf(':');
    if (separator < 1) {
      problems.push(`${where}: t('${key}') has no namespace; write t('ns:key')`);
      continue;
    }
    const ns = key.slice(0, separator);
    const path = key.slice(separator + 1);
    for (const [lng, namespaces] of Object.entries(locales)) {
      // The manager area reads de/en files in every language (src/app/i18n.ts falls back along the registry).
      if (MANAGER_NAMESPACE.test(ns) && !MANAGER_LANGUAGES.includes(lng)) continue;
      const flat = namespaces[ns];
      if (!flat) {
        problems.push(`${where}: "${key}" uses namespace "${ns}", which ${lng} does not have`);
        continue;
      }
      if (!flat.has(path) && !baseKeys(flat).has(path)) problems.push(`${where}: "${key}" is missing in ${lng}`);
    }
  }
  return [...new Set(problems)];
}

/** (d) a human message for every code the API can send, plus the client's own. */
export function checkErrorCodes(codes: readonly string[], locales: Locales): string[] {
  const problems: string[] = [];
  for (const [lng, namespaces] of Object.entries(locales)) {
    for (const code of codes) {
      if (!namespaces.errors?.get(code)?.trim()) problems.push(`${lng}: errors:${code} has no message`);
    }
  }
  return problems;
}
