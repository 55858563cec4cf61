import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

// German is bundled so the first screen never waits; every other language is its own chunk,
// fetched (and precached by the service worker) only when someone picks it.
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';

// Kept in localStorage, not IndexedDB, because it must be known synchronously before the first render.
const STORAGE_KEY = 'qs.language';

const bundled = import.meta.glob<ResourceKey>('../../i18n/de/*.json', { eager: true, import: 'default' });
const lazy = import.meta.glob<ResourceKey>(['../../i18n/*/*.json', '!../../i18n/de/*.json'], { import: 'default' });

// A namespace is a file: adding i18n/<lng>/<ns>.json for every language is all a new feature needs.
export const NAMESPACES = Object.keys(bundled).map((path) => /([^/]+)\.json$/.exec(path)?.[1] ?? '');

function bundledResources(): Record<string, ResourceKey> {
  const byNamespace: Record<string, ResourceKey> = {};
  for (const [path, data] of Object.entries(bundled)) {
    const ns = /([^/]+)\.json$/.exec(path)?.[1];
    if (ns) byNamespace[ns] = data;
  }
  return byNamespace;
}

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const path = `../../i18n/${language}/${namespace}.json`;
    const load = lazy[path] ?? (bundled[path] ? () => Promise.resolve(bundled[path] as ResourceKey) : undefined);
    if (!load) {
      callback(new Error(`no translations for ${language}/${namespace}`), null);
      return;
    }
    load().then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function reflectLanguage(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts for this visit only.
  }
}

/** Resolves once the stored language's texts are loaded, so the first render is never untranslated. */
export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', reflectLanguage);
  await i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: storedLanguage(),
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      ns: NAMESPACES,
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
