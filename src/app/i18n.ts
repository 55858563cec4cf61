import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, languageInfo, LANGUAGES } from '../shared/languages';
import { fallbackPlurals } from './fallback-plurals';
import { LANGUAGE_STORAGE_KEY, startLanguage } from './start-language';

// The start screen's German texts are bundled so the first screen never waits; every other namespace and
// language is its own chunk, fetched with the screen that needs it (lazyScreen) or when someone picks the
// language; the start screen's chunks of a remembered or detected language are asked for by
// src/language-prefetch.ts before this module has even loaded. The service worker precaches German only; another language's chunks are cached the first time
// they are fetched (vite.config.ts), so a language used once keeps working offline.
// Bundled: Mitmachen (feedback), the shell (common), error messages, the news badge on the tab bar (submissions).
const bundled = import.meta.glob<ResourceKey>(
  ['../../i18n/de/common.json', '../../i18n/de/errors.json', '../../i18n/de/feedback.json', '../../i18n/de/submissions.json'],
  { eager: true, import: 'default' },
);
const lazy = import.meta.glob<ResourceKey>(
  [
    '../../i18n/*/*.json',
    '!../../i18n/de/common.json',
    '!../../i18n/de/errors.json',
    '!../../i18n/de/feedback.json',
    '!../../i18n/de/submissions.json',
  ],
  { import: 'default' },
);

function namespaceOf(path: string): string {
  return /([^/]+)\.json$/.exec(path)?.[1] ?? '';
}

/** Namespaces in the start bundle; the rest are loaded by the screens that use them. */
export const START_NAMESPACES = Object.keys(bundled).map(namespaceOf);
// A namespace is a file: adding i18n/<lng>/<ns>.json for every language is all a new feature needs.
export const NAMESPACES = [
  ...new Set([...START_NAMESPACES, ...Object.keys(lazy).filter((path) => path.includes('/de/')).map(namespaceOf)]),
];

function bundledResources(): Record<string, ResourceKey> {
  const byNamespace: Record<string, ResourceKey> = {};
  for (const [path, data] of Object.entries(bundled)) {
    byNamespace[namespaceOf(path)] = data;
  }
  return byNamespace;
}

function fileLoader(language: string, namespace: string): (() => Promise<ResourceKey>) | undefined {
  const path = `../../i18n/${language}/${namespace}.json`;
  const data = bundled[path];
  return lazy[path] ?? (data ? () => Promise.resolve(data) : undefined);
}

/**
 * The language's own file; a namespace only some languages have (the manager area: de and en) comes in
 * the registry's fallback (Arabic → English, Einfache Sprache → German), so a manager whose phone is
 * set to Arabic still reads the manager area.
 */
function loaderFor(language: string, namespace: string): { load: () => Promise<ResourceKey>; from: string } | undefined {
  let current: string | undefined = language;
  const seen = new Set<string>();
  while (current && !seen.has(current)) {
    const load = fileLoader(current, namespace);
    if (load) return { load, from: current };
    seen.add(current);
    current = languageInfo(current)?.fallback;
  }
  return undefined;
}

/** `language|namespace` → the language whose file was stored as that bundle, when it is another one. */
const borrowedFrom = new Map<string, string>();

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const found = loaderFor(language, namespace);
    if (!found) {
      callback(new Error(`no translations for ${language}/${namespace}`), null);
      return;
    }
    if (found.from !== language) borrowedFrom.set(`${language}|${namespace}`, found.from);
    found.load().then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

function reflectLanguage(language: string) {
  const info = languageInfo(language);
  document.documentElement.lang = info?.lang ?? language;
  document.documentElement.dir = info?.dir ?? 'ltr';
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts for this visit only.
  }
}

/** Resolves once the stored language's texts are loaded, so the first render is never untranslated. */
export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', reflectLanguage);
  await i18next
    .use(lazyBackend)
    // A borrowed bundle's plurals follow its own language's rules (src/app/fallback-plurals.ts).
    .use(fallbackPlurals((language, namespace) => borrowedFrom.get(`${language}|${namespace}`)))
    .use(initReactI18next)
    .init({
      lng: startLanguage(),
      // No fallback language: the locale check (i18n/i18n.test.ts) makes every language complete, and a
      // fallback would make i18next download German namespaces beside the active language's.
      fallbackLng: false,
      load: 'currentOnly',
      supportedLngs: [...LANGUAGES],
      ns: START_NAMESPACES,
      defaultNS: 'common',
      resources: { de: bundledResources() },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnEmptyString: false,
      react: { useSuspense: false },
    });
  reflectLanguage(i18next.language);
  return i18next;
}

function incomplete(namespaces: readonly string[]): string[] {
  const languages = i18next.languages.filter(isLanguage);
  return namespaces.filter((ns) => languages.some((language) => !i18next.hasResourceBundle(language, ns)));
}

/**
 * Loads namespaces for the current language and its fallback before a screen that uses them renders.
 * Rejects when one could not be fetched (offline before the service worker cached it), so the screen can
 * offer a retry; i18next remembers a failed load, hence the explicit reload for those.
 */
export async function ensureNamespaces(namespaces: readonly string[]): Promise<void> {
  if (incomplete(namespaces).length === 0) return;
  await i18next.loadNamespaces([...namespaces]);
  const failed = incomplete(namespaces);
  if (failed.length > 0) await i18next.reloadResources(i18next.languages.filter(isLanguage), failed);
  const missing = incomplete(namespaces);
  if (missing.length > 0) throw new Error(`translations could not be loaded: ${missing.join(', ')}`);
}
