import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

// The German texts for component tests, so they assert what a resident reads. Loaded synchronously
// from i18n/de (the bundled default language), like the app's first render.
const files = import.meta.glob<Record<string, unknown>>('../../i18n/de/*.json', { eager: true, import: 'default' });
const resources = Object.fromEntries(Object.entries(files).map(([path, data]) => [/([^/]+)\.json$/.exec(path)?.[1] ?? '', data]));

export async function germanI18n(): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({ lng: 'de', resources: { de: resources }, ns: Object.keys(resources), defaultNS: 'common', interpolation: { escapeValue: false } });
  }
  return i18next;
}
