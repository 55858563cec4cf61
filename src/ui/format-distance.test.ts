import { describe, expect, it } from 'vitest';
import { formatDistance } from './format-distance';

describe('formatDistance', () => {
  it('rounds metres to tens and switches to km with the decimal mark of the language', () => {
    expect(formatDistance(7, 'de')).toBe('10 m');
    expect(formatDistance(344, 'de')).toBe('340 m');
    expect(formatDistance(1234, 'de')).toBe('1,2 km');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
  });

  it('uses the unit names of the active language; Einfache Sprache formats as German', () => {
    expect(formatDistance(1234, 'de-simple')).toBe('1,2 km');
    expect(formatDistance(340, 'ru')).toMatch(/^340\s?м$/);
    expect(formatDistance(1500, 'uk')).toMatch(/^1,5\s?км$/);
    expect(formatDistance(340, 'ar')).not.toContain('m');
  });
});
