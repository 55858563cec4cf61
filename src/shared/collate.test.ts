import { describe, expect, it } from 'vitest';
import { compareGerman } from './collate';

describe('compareGerman', () => {
  it('orders like localeCompare with the German locale (umlauts beside their base letter)', () => {
    const names = ['Zentrum', 'Löbervorstadt', 'Altstadt', 'Ilversgehofen', 'Andreasvorstadt', 'Äußere Oststadt', 'Lachwitz'];
    expect([...names].sort(compareGerman)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
    expect([...names].sort(compareGerman).slice(0, 3)).toEqual(['Altstadt', 'Andreasvorstadt', 'Äußere Oststadt']);
  });
});
