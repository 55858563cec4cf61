/** "350 m" or "1,2 km" in the resident's language (pure). */
export function distanceText(metres: number, language: string, t: (key: string, options: Record<string, string>) => string): string {
  if (metres < 1000) {
    const rounded = metres < 100 ? Math.max(10, Math.round(metres / 10) * 10) : Math.round(metres / 50) * 50;
    return t('feedback:distance.m', { distance: new Intl.NumberFormat(language).format(rounded) });
  }
  const km = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(metres / 1000);
  return t('feedback:distance.km', { distance: km });
}
