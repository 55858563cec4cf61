// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSoundFallback, withoutText } from './use-sound-fallback';

const QUARTERS = [
  { id: 'erfurt-15-herrenberg', name: 'Herrenberg', district: 'Südost' },
  { id: 'erfurt-6-rieth', name: 'Rieth', district: 'Nord' },
  { id: 'erfurt-1-altstadt', name: 'Altstadt', district: 'Mitte' },
];

describe('the directory search by sound', () => {
  it('takes the quarters that sound like a text that found nothing by spelling, once its code has loaded', async () => {
    const { result } = renderHook(() => useSoundFallback('Херренберг', true, QUARTERS, undefined));
    expect(result.current).toEqual({ quarters: [], pending: true });
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.quarters.map((q) => q.id)).toEqual(['erfurt-15-herrenberg']);
  });

  it('does nothing while the spelling found entries, or without text', () => {
    expect(renderHook(() => useSoundFallback('Херренберг', false, QUARTERS, undefined)).result.current).toEqual({ quarters: [], pending: false });
    expect(renderHook(() => useSoundFallback('  ', true, QUARTERS, undefined)).result.current).toEqual({ quarters: [], pending: false });
  });

  it('stays within a quarter chosen in the filter', async () => {
    const { result } = renderHook(() => useSoundFallback('Херренберг', true, QUARTERS, 'erfurt-6-rieth'));
    await waitFor(() => expect(result.current.pending).toBe(false));
    expect(result.current.quarters).toEqual([]);
  });

  it('asks each quarter found for what the other filters find, without the text', () => {
    expect(withoutText({ text: 'Херренберг', wheelchair: true }, 'erfurt-15-herrenberg')).toEqual({ wheelchair: true, quarterId: 'erfurt-15-herrenberg' });
  });
});
