import { describe, expect, it } from 'vitest';
import { distanceText } from './distance-text';

const t = (key: string, options: Record<string, string>) => `${key}:${options.distance}`;

describe('distanceText', () => {
  it('rounds metres the way people say them and switches to km with the decimal mark of the language', () => {
    expect(distanceText(7, 'de', t)).toBe('feedback:distance.m:10');
    expect(distanceText(343, 'de', t)).toBe('feedback:distance.m:350');
    expect(distanceText(8385, 'de', t)).toBe('feedback:distance.km:8,4');
    expect(distanceText(8385, 'en', t)).toBe('feedback:distance.km:8.4');
  });
});
