import { describe, expect, it } from 'vitest';
import { blockAttributes, loadPosterTexts, toggleExtra } from './poster-languages';

describe('poster languages', () => {
  it('adds up to two extra languages in a fixed order and refuses a third', () => {
    expect(toggleExtra([], 'tr')).toEqual(['tr']);
    expect(toggleExtra(['tr'], 'ar')).toEqual(['ar', 'tr']);
    expect(toggleExtra(['ar', 'tr'], 'en')).toEqual(['ar', 'tr']);
    expect(toggleExtra(['ar', 'tr'], 'ar')).toEqual(['tr']);
  });

  it('marks Arabic right to left and Einfache Sprache as German', () => {
    expect(blockAttributes('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(blockAttributes('de-simple')).toEqual({ lang: 'de', dir: 'ltr' });
    expect(blockAttributes('uk')).toEqual({ lang: 'uk', dir: 'ltr' });
  });

  it('loads each language its own texts, independent of the UI language', async () => {
    const texts = await loadPosterTexts(['de', 'de-simple', 'ar', 'ru']);
    expect(texts.map((x) => x.language)).toEqual(['de', 'de-simple', 'ar', 'ru']);
    const headlines = texts.map(({ t }) => t('poster:sheet.headline'));
    expect(headlines[0]).toBe('Ihre Stimme für Ihr Viertel');
    expect(headlines[1]).not.toBe(headlines[0]);
    expect(headlines[2]).toMatch(/[\u0600-\u06FF]/);
    expect(headlines[3]).toMatch(/[\u0400-\u04FF]/);
  });
});
