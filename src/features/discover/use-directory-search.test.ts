// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../shared/fold-text';
import { useDirectorySearch } from './use-directory-search';

interface Entry {
  name: string;
  quarterId: string;
}
interface Filter {
  text?: string;
  quarterId?: string;
}

const QUARTERS = [
  { id: 'erfurt-15-herrenberg', name: 'Herrenberg', district: 'Südost' },
  { id: 'erfurt-6-rieth', name: 'Rieth', district: 'Nord' },
];
const ENTRIES: Entry[] = [
  { name: 'Stadtteilzentrum Herrenberg', quarterId: 'erfurt-15-herrenberg' },
  { name: 'Stadtteilbüro Rieth', quarterId: 'erfurt-6-rieth' },
];
// Stable between renders, as the panels' callbacks are.
const run = (items: readonly Entry[], filter: Filter) =>
  items.filter(
    (entry) =>
      (!filter.quarterId || entry.quarterId === filter.quarterId) &&
      foldText(filter.text ?? '').split(' ').filter(Boolean).every((word) => foldText(entry.name).includes(word)),
  );
const textsOf = (entry: Entry) => [entry.name];
const search = (text: string) => renderHook(() => useDirectorySearch(ENTRIES, { text } as Filter, run, textsOf, QUARTERS));

describe('the directory search with its second chances', () => {
  it('lists what is found as typed, and says nothing more', () => {
    const { result } = search('rieth');
    expect(result.current).toEqual({ found: [ENTRIES[1]], soundQuarters: [], corrections: [], pending: false });
  });

  it("takes a quarter's sound before correcting slips", async () => {
    const { result } = search('Херренберг');
    expect(result.current.pending).toBe(true);
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.soundQuarters.map((quarter) => quarter.id)).toEqual(['erfurt-15-herrenberg']);
    expect(result.current.found).toEqual([ENTRIES[0]]);
    expect(result.current.corrections).toEqual([]);
  });

  it('corrects a slip once the sound found no quarter, and says which word it searched', async () => {
    const { result } = search('Stadteilbüro');
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.found).toEqual([ENTRIES[1]]);
    expect(result.current.corrections).toEqual([{ typed: 'stadteilburo', shown: 'Stadtteilbüro' }]);
    expect(result.current.soundQuarters).toEqual([]);
  });

  it('finds nothing when neither helps', async () => {
    const { result } = search('Schwimmbad');
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current).toEqual({ found: [], soundQuarters: [], corrections: [], pending: false });
  });
});
