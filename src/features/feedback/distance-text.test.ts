import { describe, expect, it } from 'vitest';
import { distanceText } from './distance-text';

const t = (key: string, options: Record<string, string>) => `${key}:${options.distance}`;

describe('distanceText', () => {
  it('puts the distance, rounded and in the units of the language, into the sentence', () => {
    expect(distanceText(7, 'de', t)).toBe('feedback:distance:10 m');
    expect(distanceText(343, 'de', t)).toBe('feedback:distance:340 m');
    expect(distanceText(8385, 'de', t)).toBe('feedback:distance:8,4 km');
    expect(distanceText(8385, 'en', t)).toBe('feedback:distance:8.4 km');
  });
});
