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

function placeholders(text: string): string {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort().join(',');
}

/** (a) same namespaces and keys everywhere, each language's plural forms, same placeholders; (c) no empty text. */
export function compareLocales(locales: Locales): string[] {
  const problems: string[] = [];
  const names = Object.keys(locales);
  const namespaces = new Set(names.flatMap((lng) => Object.keys(locales[lng] ?? {})));
  for (const ns of namespaces) {
    const all = new Set(names.flatMap((lng) => [...baseKeys(locales[lng]?.[ns] ?? new Map())]));
    for (const lng of names) {
      const flat = locales[lng]?.[ns];
      if (!flat) {
        problems.push(`${lng}: namespace "${ns}" is missing`);
        continue;
      }
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      const present = baseKeys(flat);
      for (const key of all) if (!present.has(key)) problems.push(`${lng}: "${ns}:${key}" is missing`);
      for (const [key, value] of flat) {
        if (!value.trim()) problems.push(`${lng}: "${ns}:${key}" is empty`);
        const base = key.replace(PLURAL_SUFFIX, '');
        if (base !== key) {
          for (const category of categories) {
            if (!flat.has(`${base}_${category}`)) problems.push(`${lng}: "${ns}:${base}_${category}" (plural) is missing`);
          }
        }
      }
      for (const other of names.filter((o) => o !== lng)) {
        const otherFlat = locales[other]?.[ns];
        for (const [key, value] of flat) {
          const twin = otherFlat?.get(key) ?? otherFlat?.get(`${key.replace(PLURAL_SUFFIX, '')}_other`);
          if (twin !== undefined && placeholders(twin) !== placeholders(value)) {
            problems.push(`${lng}/${other}: "${ns}:${key}" uses different placeholders`);
          }
        }
      }
    }
  }
  return [...new Set(problems)];
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
