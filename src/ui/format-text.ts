import { intlLocale } from '../shared/languages';
import { listFormat, numberFormat } from './intl-cache';

// Numbers and lists inside translated texts, in the UI language: i18next puts a number in as JavaScript prints
// it ("1.5" in a German sentence) and the code joined lists with a Latin ", " (wrong in Arabic, which writes
// «،» and «و»). Intl knows each language's decimal mark, digits and list words.

export function formatNumber(value: number, language: string): string {
  return numberFormat(intlLocale(language)).format(value);
}

/** "Deutsch, Englisch und Arabisch" / «العربية والإنجليزية»: a list of names as running text. */
export function formatList(items: readonly string[], language: string): string {
  return listFormat(intlLocale(language), { type: 'conjunction' }).format(items);
}

/**
 * Options for a plural text that shows its number: i18next picks the form by `count` and fills `{{count}}`
 * from `replace`, so the number appears formatted ("etwa 1,5 Stunden") while the form still follows the value.
 */
export function countOptions(count: number, language: string): { count: number; replace: { count: string } } {
  return { count, replace: { count: formatNumber(count, language) } };
}
