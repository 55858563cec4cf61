import { readdirSync, readFileSync } from 'node:fs';
import i18next, { type ResourceLanguage, type TOptions } from 'i18next';
import type { BrowserContext } from '@playwright/test';

// The resident languages the accessibility journeys run in. Adding a language to the journeys is one entry
// here, once its folder i18n/<code>/ exists and the app accepts the code (src/app/i18n.ts).
export const LOCALES_UNDER_TEST: readonly string[] = ['de'];

/** The key src/app/i18n.ts reads the chosen language from before the first render. */
const LANGUAGE_STORAGE_KEY = 'qs.language';

/** `<html lang>` for a locale: Einfache Sprache is German to browsers and screen readers. */
export function htmlLang(locale: string): string {
  return locale === 'de-simple' ? 'de' : locale;
}

/** Opens every page of the context in `locale`, as if the resident had picked it in "Mehr". */
export async function useLocale(context: BrowserContext, locale: string): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      try {
        localStorage.setItem(key, value);
      } catch {
        // about:blank and the like have no storage; the app's own pages do.
      }
    },
    [LANGUAGE_STORAGE_KEY, locale] as const,
  );
}

export type Translate = (key: string, options?: TOptions) => string;

const I18N_DIR = new URL('../../i18n/', import.meta.url);

function resourcesOf(locale: string): ResourceLanguage {
  const dir = new URL(`${locale}/`, I18N_DIR);
  const namespaces: ResourceLanguage = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    namespaces[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as ResourceLanguage;
  }
  return namespaces;
}

/**
 * The app's own texts for `locale` through i18next (same plural rules and interpolation as the app, German as
 * the fallback), so journeys find buttons and labels by what a resident of that language reads.
 */
export function translator(locale: string): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'de',
    resources: { de: resourcesOf('de'), ...(locale === 'de' ? {} : { [locale]: resourcesOf(locale) }) },
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  return (key, options) => {
    const text = instance.t(key, options ?? {});
    if (text === key || text === key.split(':').pop()) throw new Error(`No text for ${key} in ${locale}`);
    return text;
  };
}
