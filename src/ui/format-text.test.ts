import { beforeAll, describe, expect, it } from 'vitest';
import { germanI18n } from '../test/i18n';
import { countOptions, formatList, formatNumber } from './format-text';

describe('formatNumber', () => {
  it('writes the decimal mark of the UI language, Einfache Sprache as German', () => {
    expect(formatNumber(1.5, 'de')).toBe('1,5');
    expect(formatNumber(1.5, 'de-simple')).toBe('1,5');
    expect(formatNumber(1.5, 'en')).toBe('1.5');
    expect(formatNumber(1.5, 'uk')).toBe('1,5');
    expect(formatNumber(1.5, 'ar')).toBe(new Intl.NumberFormat('ar').format(1.5));
  });
});

describe('formatList', () => {
  it("joins with the language's own list words, not a Latin comma", () => {
    expect(formatList(['Deutsch', 'Englisch', 'Arabisch'], 'de')).toBe('Deutsch, Englisch und Arabisch');
    expect(formatList(['Deutsch', 'Englisch'], 'de-simple')).toBe('Deutsch und Englisch');
    const arabic = formatList(['الألمانية', 'الإنجليزية', 'العربية'], 'ar');
    expect(arabic).not.toContain(', ');
    expect(arabic).toContain('و');
    expect(formatList(['one'], 'en')).toBe('one');
  });
});

describe('countOptions', () => {
  beforeAll(async () => {
    await germanI18n();
  });

  it('shows the number formatted while the plural form still follows its value', async () => {
    const i18n = await germanI18n();
    expect(i18n.t('discover:details.hoursPerWeek', countOptions(1.5, 'de'))).toBe('etwa 1,5 Stunden pro Woche');
    expect(i18n.t('discover:details.hoursPerWeek', countOptions(1, 'de'))).toBe('etwa 1 Stunde pro Woche');
    expect(i18n.t('discover:details.hoursPerWeek', countOptions(1000, 'de'))).toBe('etwa 1.000 Stunden pro Woche');
  });
});
