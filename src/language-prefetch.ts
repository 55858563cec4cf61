import { startLanguage } from './app/start-language';

/*
 * A second, tiny entry that index.html runs before the app's own: it asks for the start screen's texts in
 * the resident's language at once. Without it, a phone set to any language but German learns which files
 * it needs only after the whole app has been downloaded and run (src/app/i18n.ts), and the first screen
 * waits one more round trip for them — on a slow connection the longest wait of a first visit. The files are
 * the same modules i18n.ts imports, so the browser fetches each once; German is in the app's bundle already.
 * Which namespaces: the start bundle's (START_NAMESPACES in i18n.ts; language-prefetch.test.ts keeps the two
 * lists equal).
 */
export const prefetchers = import.meta.glob(
  ['../i18n/*/common.json', '../i18n/*/errors.json', '../i18n/*/feedback.json', '../i18n/*/submissions.json', '!../i18n/de/*.json'],
  { import: 'default' },
);

const language = startLanguage();
for (const [path, load] of Object.entries(prefetchers)) {
  // A failure here changes nothing: i18n.ts asks again and shows its own state.
  if (path.startsWith(`../i18n/${language}/`)) load().catch(() => undefined);
}
