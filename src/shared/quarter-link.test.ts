import { describe, expect, it } from 'vitest';
import { printableLink, quarterFromSearch, quarterLink, searchWithoutQuarter } from './quarter-link';

describe('quarter deep link', () => {
  it('builds Mitmachen with the quarter preset on the given origin', () => {
    expect(quarterLink('https://stimme.erfurt.de', 'erfurt-15-herrenberg')).toBe(
      'https://stimme.erfurt.de/mitmachen?quarter=erfurt-15-herrenberg',
    );
    expect(quarterLink('http://127.0.0.1:4173/', 'a')).toBe('http://127.0.0.1:4173/mitmachen?quarter=a');
  });

  it('encodes ids that are not plain slugs, and reads them back unchanged', () => {
    const link = quarterLink('https://x.example', 'Nord & Süd/1');
    expect(link).toBe('https://x.example/mitmachen?quarter=Nord+%26+S%C3%BCd%2F1');
    expect(quarterFromSearch(new URL(link).search)).toBe('Nord & Süd/1');
  });

  it('reads no preset from an empty, blank or unrelated query', () => {
    expect(quarterFromSearch('')).toBeUndefined();
    expect(quarterFromSearch('?quarter=')).toBeUndefined();
    expect(quarterFromSearch('?quarter=%20%20')).toBeUndefined();
    expect(quarterFromSearch('?centre=x')).toBeUndefined();
    expect(quarterFromSearch('?utm=poster&quarter=erfurt-01-altstadt')).toBe('erfurt-01-altstadt');
  });

  it('drops only the preset from the query', () => {
    expect(searchWithoutQuarter('?quarter=a')).toBe('');
    expect(searchWithoutQuarter('?utm=poster&quarter=a')).toBe('?utm=poster');
  });

  it('prints the link without its scheme', () => {
    expect(printableLink('https://stimme.erfurt.de/mitmachen?quarter=a')).toBe('stimme.erfurt.de/mitmachen?quarter=a');
  });
});
