import { DEFAULT_LANGUAGE, detectLanguage, isLanguage, type Language } from '../shared/languages';

// Kept in localStorage, not IndexedDB, because it must be known synchronously before the first render.
export const LANGUAGE_STORAGE_KEY = 'qs.language';

/** The remembered choice; on a first visit the browser's languages (German when none matches). */
export function startLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(value)) return value;
  } catch {
    // Storage blocked: follow the browser for this visit.
  }
  return typeof navigator === 'undefined' ? DEFAULT_LANGUAGE : detectLanguage(navigator.languages);
}
