import { LANGUAGES } from '../shared/languages';

// Each translation file is its own chunk, named after its language, so the service worker can precache
// German (the default and the start screen's language) and leave the others to be cached on first use.

const TRANSLATION_FILE = /[\\/]i18n[\\/]([^\\/]+)[\\/]([^\\/]+)\.json$/;

/** `assets/i18n.<lng>.<ns>-<hash>.js` for a translation file, else Vite's usual chunk name. */
export function chunkFileName(chunk: { facadeModuleId?: string | null }): string {
  const match = chunk.facadeModuleId ? TRANSLATION_FILE.exec(chunk.facadeModuleId) : null;
  return match ? `assets/i18n.${match[1]}.${match[2]}-[hash].js` : 'assets/[name]-[hash].js';
}

/** What the precache leaves out: every language but German. */
export const OTHER_LANGUAGE_CHUNKS = LANGUAGES.filter((code) => code !== 'de').map((code) => `assets/i18n.${code}.*.js`);

/** The runtime route's test: a translation chunk of any language (hashed, so cache-first is safe). */
export function isLanguageChunk(pathname: string): boolean {
  return /^\/assets\/i18n\.[a-z-]+\.[\w-]+-[\w-]+\.js$/.test(pathname);
}
