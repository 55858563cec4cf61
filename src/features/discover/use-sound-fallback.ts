import { useMemo } from 'react';
import type { QuarterOption } from '../../ui/quarter-search';
import { useSoundsLike } from '../../ui/use-sounds-like';

export interface SoundFallback {
  /** Quarters whose names sound like the search text, when it found no entry by spelling; empty otherwise. */
  quarters: readonly QuarterOption[];
  /** The second try is still loading: saying "nothing found" now would be premature. */
  pending: boolean;
}

/**
 * The directory's search by sound. A resident who types a quarter's name as heard, or in Cyrillic or Arabic
 * letters ("Херренберг"), finds nothing by spelling; then the quarters whose names sound like the text (the
 * quarter picker's second try, ui/quarter-sound.ts) are taken, and the panel shows what its other filters find
 * there. Only quarter names are compared by sound: the free text of names and descriptions would give false
 * friends for short words, and the result says which quarter was meant. A quarter chosen in the filter limits it.
 */
export function useSoundFallback(text: string | undefined, spelledNothing: boolean, quarters: readonly QuarterOption[], chosenQuarterId: string | undefined): SoundFallback {
  const query = text?.trim() ?? '';
  const wanted = spelledNothing && query !== '';
  const sound = useSoundsLike(wanted);
  const soundsLike = sound.soundsLike;
  const matched = useMemo(() => {
    if (!wanted || !soundsLike) return [];
    const found = soundsLike(quarters, query);
    return chosenQuarterId ? found.filter((quarter) => quarter.id === chosenQuarterId) : found;
  }, [wanted, soundsLike, quarters, query, chosenQuarterId]);
  return { quarters: matched, pending: wanted && !soundsLike && !sound.failed };
}

/** The filter without its text: what the panel asks of each quarter found by sound. */
export function withoutText<F extends { text?: string; quarterId?: string }>(filter: F, quarterId: string): F {
  const copy = { ...filter, quarterId };
  delete copy.text;
  return copy;
}
