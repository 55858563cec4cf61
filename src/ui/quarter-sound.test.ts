import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchQuarters, type QuarterOption } from './quarter-search';
import { soundsLike } from './quarter-sound';

// Erfurt's 53 quarters as the seed names them.
const erfurt: QuarterOption[] = (
  JSON.parse(readFileSync(new URL('../../seeds/erfurt/quarters.geojson', import.meta.url), 'utf8')) as {
    features: { properties: { id: string; name: string } }[];
  }
).features.map(({ properties }) => ({ id: properties.id, name: properties.name }));
const names = (query: string) => soundsLike(erfurt, query).map((q) => q.name);

describe('soundsLike: the quarter search when nothing is spelled like the query', () => {
  it('finds names written as they sound in German', () => {
    expect(searchQuarters(erfurt, 'Altschtadt')).toEqual([]);
    expect(names('Altschtadt')).toEqual(['Altstadt']);
    expect(names('krempfervorschtat')).toEqual(['Krämpfervorstadt']);
    expect(names('Hochhaim')).toEqual(['Hochheim']);
    expect(names('Roter Berk')).toEqual(['Roter Berg']);
  });

  it('finds names typed in Cyrillic, Ukrainian г as h and Russian г as g', () => {
    expect(names('Альтштадт')).toEqual(['Altstadt']);
    expect(names('Лёбервоpштадт'.replace('p', 'р'))).toEqual(['Löbervorstadt']);
    expect(names('Герренберг')).toEqual(['Herrenberg']);
    expect(names('Херренберг')).toEqual(['Herrenberg']);
    expect(names('Москауэр плац')).toEqual(['Moskauer Platz']);
    expect(names('Йоганнесфорштадт')).toEqual(['Johannesvorstadt']);
  });

  it('finds names typed in Arabic script', () => {
    expect(names('ألتشتات')).toEqual(['Altstadt']);
    expect(names('هرنبرغ')).toEqual(['Herrenberg']);
  });

  it('narrows as more is typed, and finds nothing for what has no sound', () => {
    expect(names('Аль').length).toBeGreaterThan(1);
    expect(names('Аль')).toContain('Altstadt');
    expect(names('!!')).toEqual([]);
    expect(names('ъь')).toEqual([]);
  });

  it('finds nothing for codes, numbers and bare vowels, which would sound like every name starting with a vowel', () => {
    // A search for an entry's id ("e2e-33e64e48") listed fifteen quarters "found by sound".
    expect(names('e2e-33e64e48')).toEqual([]);
    expect(names('e2e-1a59976a')).toEqual([]);
    expect(names('12a')).toEqual([]);
    expect(names('e')).toEqual([]);
    expect(names('Au')).toEqual([]);
    // A number beside a name does not hide the name.
    expect(names('Altschtadt 2')).toEqual(['Altstadt']);
  });
});
