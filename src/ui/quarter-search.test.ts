import { describe, expect, it } from 'vitest';
import { foldForSearch, searchQuarters } from './quarter-search';

const quarters = [
  { id: 'altstadt', name: 'Altstadt' },
  { id: 'herrenberg', name: 'Herrenberg' },
  { id: 'hohenwinden', name: 'Hohenwinden' },
  { id: 'loebervorstadt', name: 'Löbervorstadt' },
  { id: 'moebisburg-rhoda', name: 'Möbisburg-Rhoda' },
  { id: 'wiesenhuegel', name: 'Wiesenhügel' },
  { id: 'gispersleben', name: 'Gispersleben', district: 'Nord' },
  { id: 'berliner-platz', name: 'Berliner Platz' },
];

const ids = (query: string) => searchQuarters(quarters, query).map((q) => q.id);

describe('searchQuarters', () => {
  it('finds Herrenberg from "Her", in any case', () => {
    expect(ids('Her')).toEqual(['herrenberg']);
    expect(ids('her')).toEqual(['herrenberg']);
    expect(ids('  HERREN ')).toEqual(['herrenberg']);
  });

  it('ignores umlauts, whether typed plain, as "oe" or with the accent', () => {
    expect(ids('lober')).toEqual(['loebervorstadt']);
    expect(ids('Loeber')).toEqual(['loebervorstadt']);
    expect(ids('Löber')).toEqual(['loebervorstadt']);
    expect(ids('wiesenhugel')).toEqual(['wiesenhuegel']);
  });

  it('puts names that start with the query before names that contain it', () => {
    expect(ids('ber')).toEqual(['berliner-platz', 'herrenberg', 'loebervorstadt']);
    expect(ids('berg')).toEqual(['herrenberg']);
  });

  it('matches a word inside a name and hyphenated parts', () => {
    expect(ids('platz')).toEqual(['berliner-platz']);
    expect(ids('rhoda')).toEqual(['moebisburg-rhoda']);
  });

  it('falls back to the district after name matches', () => {
    expect(ids('nord')).toEqual(['gispersleben']);
  });

  it('matches nothing for an empty or punctuation-only query', () => {
    expect(ids('')).toEqual([]);
    expect(ids(' - ')).toEqual([]);
    expect(ids('xyz')).toEqual([]);
  });
});

describe('foldForSearch', () => {
  it('treats ß as ss and drops punctuation', () => {
    expect(foldForSearch('Straße-Nord')).toBe('strasse nord');
  });
});
