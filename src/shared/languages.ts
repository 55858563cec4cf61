// The one list of languages the resident side speaks. Adding a language: a folder i18n/<code>/ with every
// resident namespace, one line here, and the seeds' labels (see i18n/README.md). Client and server share it.

export interface LanguageInfo {
  /** i18n folder name, the stored choice and what a submission records. */
  code: string;
  /** The language's name in its own language and script, so someone lost in a foreign UI still finds theirs. */
  autonym: string;
  /** `<html lang>`: Einfache Sprache is German to screen readers and hyphenation. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Which language a seed text falls back to when it has no text in this one. */
  fallback: string;
  /** The manager area's name for it (managers read de or en). */
  names: { de: string; en: string };
}

export const LANGUAGE_LIST = [
  { code: 'de', autonym: 'Deutsch', lang: 'de', dir: 'ltr', fallback: 'de', names: { de: 'Deutsch', en: 'German' } },
  { code: 'de-simple', autonym: 'Einfache Sprache', lang: 'de', dir: 'ltr', fallback: 'de', names: { de: 'Einfache Sprache', en: 'Plain German' } },
  { code: 'en', autonym: 'English', lang: 'en', dir: 'ltr', fallback: 'de', names: { de: 'Englisch', en: 'English' } },
  { code: 'ar', autonym: 'العربية', lang: 'ar', dir: 'rtl', fallback: 'en', names: { de: 'Arabisch', en: 'Arabic' } },
  { code: 'uk', autonym: 'Українська', lang: 'uk', dir: 'ltr', fallback: 'en', names: { de: 'Ukrainisch', en: 'Ukrainian' } },
  { code: 'ru', autonym: 'Русский', lang: 'ru', dir: 'ltr', fallback: 'en', names: { de: 'Russisch', en: 'Russian' } },
  { code: 'tr', autonym: 'Türkçe', lang: 'tr', dir: 'ltr', fallback: 'en', names: { de: 'Türkisch', en: 'Turkish' } },
] as const satisfies readonly LanguageInfo[];

export type Language = (typeof LANGUAGE_LIST)[number]['code'];
export const LANGUAGES: readonly Language[] = LANGUAGE_LIST.map((l) => l.code);
export const DEFAULT_LANGUAGE: Language = 'de';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function languageInfo(code: string): LanguageInfo | undefined {
  return LANGUAGE_LIST.find((l) => l.code === code);
}

/** The locale for Intl (dates, numbers, plural rules): Einfache Sprache formats as German. */
export function intlLocale(code: string): string {
  return languageInfo(code)?.lang ?? code;
}

/**
 * The first of the browser's preferred languages the app speaks, by exact code or by primary subtag
 * (`ar-EG` → ar, `de-AT` → de); German when none matches. Einfache Sprache is only ever chosen, never
 * detected: no browser setting asks for it.
 */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = LANGUAGES.find((code) => code === lower);
    if (exact) return exact;
    const primary = lower.split('-')[0];
    const byPrefix = LANGUAGE_LIST.find((l) => l.code === primary);
    if (byPrefix) return byPrefix.code;
  }
  return DEFAULT_LANGUAGE;
}

/** A seed text ({de, en, …}) in the given language, else its fallback chain, ending in German. */
export function pickText(text: { de: string; [lng: string]: string | undefined }, code: string): string {
  let current: string | undefined = code;
  const seen = new Set<string>();
  while (current && !seen.has(current)) {
    const value = text[current];
    if (value) return value;
    seen.add(current);
    current = languageInfo(current)?.fallback;
  }
  return text.de;
}

/**
 * A submission's recorded language as a manager reads it: German names in a German (or Einfache Sprache)
 * UI, English names otherwise, since the manager area is de/en only. Unknown codes show as given.
 */
export function languageNameFor(code: string | null | undefined, managerLanguage: string): string {
  if (!code) return '';
  const info = languageInfo(code);
  if (!info) return code;
  return managerLanguage === 'de' || managerLanguage === 'de-simple' ? info.names.de : info.names.en;
}
