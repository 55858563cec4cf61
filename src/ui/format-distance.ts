import { intlLocale } from '../shared/languages';

/**
 * "350 m" / "1,2 km" / "٣٥٠ م" in the UI language: Intl's unit style knows each language's unit names,
 * decimal mark and digits. Metres are rounded to tens (the way people say distances), kilometres to one decimal.
 */
export function formatDistance(metres: number, language: string): string {
  const locale = intlLocale(language);
  if (metres < 1000) {
    const rounded = Math.max(10, Math.round(metres / 10) * 10);
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(rounded);
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(metres / 1000);
}
