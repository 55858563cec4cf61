import { describe, expect, it } from 'vitest';
import { detectLanguage, intlLocale, languageInfo, languageNameFor, LANGUAGES, pickText } from './languages';

describe('the language registry', () => {
  it('lists seven languages with their own names, lang and direction', () => {
    expect(LANGUAGES).toEqual(['de', 'de-simple', 'en', 'ar', 'uk', 'ru', 'tr']);
    expect(languageInfo('ar')).toMatchObject({ autonym: 'العربية', dir: 'rtl', lang: 'ar' });
    expect(languageInfo('de-simple')).toMatchObject({ autonym: 'Einfache Sprache', lang: 'de', dir: 'ltr' });
    expect(intlLocale('de-simple')).toBe('de');
  });

  it('follows the browser by exact code or primary subtag, German when nothing matches', () => {
    expect(detectLanguage(['ar-EG', 'en'])).toBe('ar');
    expect(detectLanguage(['de-AT'])).toBe('de');
    expect(detectLanguage(['fr-FR', 'uk-UA'])).toBe('uk');
    expect(detectLanguage(['TR'])).toBe('tr');
    expect(detectLanguage(['fr', 'es'])).toBe('de');
    expect(detectLanguage([])).toBe('de');
  });

  it('picks seed texts along the fallback chain: de-simple → de, ar → en → de', () => {
    const text = { de: 'Treffpunkte', en: 'Meeting places', ar: 'أماكن اللقاء' };
    expect(pickText(text, 'ar')).toBe('أماكن اللقاء');
    expect(pickText(text, 'de-simple')).toBe('Treffpunkte');
    expect(pickText(text, 'uk')).toBe('Meeting places');
    expect(pickText({ de: 'Nur Deutsch' }, 'tr')).toBe('Nur Deutsch');
  });

  it('names a recorded language for managers in German or English', () => {
    expect(languageNameFor('ar', 'de')).toBe('Arabisch');
    expect(languageNameFor('de-simple', 'en')).toBe('Plain German');
    expect(languageNameFor('xx', 'de')).toBe('xx');
    expect(languageNameFor(null, 'de')).toBe('');
  });
});
