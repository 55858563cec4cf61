import { describe, expect, it } from 'vitest';
import { hasActiveFilter } from './ResultsLayout';

describe('hasActiveFilter', () => {
  it('sees search text, a chosen value, a ticked box or a non-empty list', () => {
    expect(hasActiveFilter({ text: 'rieth' })).toBe(true);
    expect(hasActiveFilter({ quarterId: 'erfurt-15-herrenberg' })).toBe(true);
    expect(hasActiveFilter({ openNow: true })).toBe(true);
    expect(hasActiveFilter({ skills: ['talking'] })).toBe(true);
  });

  it('does not count what is cleared', () => {
    expect(hasActiveFilter({})).toBe(false);
    expect(hasActiveFilter({ text: '', openNow: false, kinds: [], quarterId: undefined })).toBe(false);
  });
});
