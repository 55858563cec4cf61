import { createInstance, type ResourceKey, type TFunction } from 'i18next';

// The poster speaks to residents, whatever language the manager reads: its texts come from
// i18n/<lng>/poster.json of the languages on it, loaded here into an i18next instance of the poster's
// own, so they do not depend on which languages the app's UI registry knows (or has loaded).

/** Always on the poster, in this order. */
export const POSTER_BASE = ['de', 'de-simple'] as const;
/** The manager picks up to MAX_EXTRA of these. */
export const POSTER_EXTRA = ['en', 'ar', 'uk', 'ru', 'tr'] as const;
export const MAX_EXTRA = 2;
export type PosterExtra = (typeof POSTER_EXTRA)[number];
export type PosterLanguage = (typeof POSTER_BASE)[number] | PosterExtra;

/** Names for the manager's checkboxes, in the manager's language. */
export const EXTRA_LABELS: Record<PosterExtra, string> = {
  en: 'manage:poster.language.en',
  ar: 'manage:poster.language.ar',
  uk: 'manage:poster.language.uk',
  ru: 'manage:poster.language.ru',
  tr: 'manage:poster.language.tr',
};

export function isPosterExtra(value: string): value is PosterExtra {
  return (POSTER_EXTRA as readonly string[]).includes(value);
}

/** Adds or removes a language, keeping the order of POSTER_EXTRA and never more than MAX_EXTRA. */
export function toggleExtra(picked: readonly PosterExtra[], language: PosterExtra): PosterExtra[] {
  const next = picked.includes(language) ? picked.filter((l) => l !== language) : [...picked, language];
  if (next.length > MAX_EXTRA) return [...picked];
  return POSTER_EXTRA.filter((l) => next.includes(l));
}

/** `lang` and `dir` of a language's block: Einfache Sprache is German to screen readers and hyphenation. */
export function blockAttributes(language: PosterLanguage): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: language === 'de-simple' ? 'de' : language, dir: language === 'ar' ? 'rtl' : 'ltr' };
}

// Each file is its own chunk (the app's i18n registry globs the same files, so they are shared).
const files = import.meta.glob<ResourceKey>('../../../../i18n/*/poster.json', { import: 'default' });

export interface PosterText {
  language: PosterLanguage;
  t: TFunction;
}

/** A translate function per language, in poster order; rejects when a file cannot be fetched. */
export async function loadPosterTexts(languages: readonly PosterLanguage[]): Promise<PosterText[]> {
  const loaded = await Promise.all(
    languages.map(async (language) => {
      const load = files[`../../../../i18n/${language}/poster.json`];
      if (!load) throw new Error(`no poster texts for ${language}`);
      return [language, { poster: await load() }] as const;
    }),
  );
  const instance = createInstance();
  await instance.init({
    resources: Object.fromEntries(loaded),
    lng: 'de',
    // A missing text must show as missing, not silently in another language (the locale check prevents it).
    fallbackLng: false,
    ns: ['poster'],
    defaultNS: 'poster',
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return languages.map((language) => ({ language, t: instance.getFixedT(language) }));
}
