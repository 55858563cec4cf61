import { describe, expect, it } from 'vitest';
import { catalogNames } from './use-catalog-names';

describe('catalog names', () => {
  const names = catalogNames(
    [{ id: 'erfurt-1-altstadt', name: 'Altstadt' }],
    [{ id: 'gruen', theme: 'social_space' as const, label: { de: 'Grün & Sauberkeit', en: 'Green spaces' } }],
    'en',
  );

  it('names known ids in the language, a missing label in the fallback the language registry names', () => {
    expect(names.quarterName('erfurt-1-altstadt')).toBe('Altstadt');
    expect(names.topicLabel('gruen')).toBe('Green spaces');
    // Arabic falls back to English, Einfache Sprache to German.
    expect(catalogNames([], names.topics, 'ar').topicLabel('gruen')).toBe('Green spaces');
    expect(catalogNames([], names.topics, 'de-simple').topicLabel('gruen')).toBe('Grün & Sauberkeit');
  });

  it('shows an unknown id as it is, and nothing for no id', () => {
    expect(names.quarterName('erfurt-99-neu')).toBe('erfurt-99-neu');
    expect(names.topicLabel(null)).toBe('');
    expect(names.quarterName(undefined)).toBe('');
  });
});
