import { useMemo } from 'react';
import { buildVocabulary, correctSpelling, type Correction, type Vocabulary } from '../../shared/spelling';
import type { QuarterOption } from '../../ui/quarter-search';
import { useSoundFallback, withoutText } from './use-sound-fallback';

export interface DirectorySearch<T> {
  /** What the panel lists: found as typed, else by a quarter's sound, else with the typing slips corrected. */
  found: readonly T[];
  /** The quarters the text sounded like, when they were taken. */
  soundQuarters: readonly QuarterOption[];
  /** The words replaced, when the corrected text was taken. */
  corrections: readonly Correction[];
  /** A second try is still loading: saying "nothing found" now would be premature. */
  pending: boolean;
}

interface TextFilter {
  text?: string;
  quarterId?: string;
}

// One vocabulary per list of entries (and the function that reads their texts), built when first needed.
const vocabularies = new WeakMap<object, { textsOf: unknown; vocabulary: Vocabulary }>();

function vocabularyFor<T>(items: readonly T[], textsOf: (item: T) => readonly (string | undefined)[]): Vocabulary {
  const cached = vocabularies.get(items);
  if (cached && cached.textsOf === textsOf) return cached.vocabulary;
  const vocabulary = buildVocabulary(items.flatMap(textsOf));
  vocabularies.set(items, { textsOf, vocabulary });
  return vocabulary;
}

/**
 * The directory's search with its two second chances, in order: the quarter a text sounds like
 * (use-sound-fallback.ts), then the text with its typing slips corrected against the entries' own words
 * (shared/spelling.ts). Each is tried only when what came before found nothing, and each says what it did.
 * `run` filters the entries; `textsOf` gives the texts it searches (both stable between renders).
 */
export function useDirectorySearch<T, F extends TextFilter>(
  items: readonly T[],
  filter: F,
  run: (items: readonly T[], filter: F) => T[],
  textsOf: (item: T) => readonly (string | undefined)[],
  quarters: readonly QuarterOption[],
): DirectorySearch<T> {
  const spelled = useMemo(() => run(items, filter), [run, items, filter]);
  const sound = useSoundFallback(filter.text, spelled.length === 0, quarters, filter.quarterId);
  return useMemo(() => {
    if (sound.quarters.length > 0) {
      const found = sound.quarters.flatMap((quarter) => run(items, withoutText(filter, quarter.id)));
      return { found, soundQuarters: sound.quarters, corrections: [], pending: false };
    }
    const nothing = { found: spelled, soundQuarters: [], corrections: [], pending: sound.pending };
    if (spelled.length > 0 || sound.pending || !filter.text?.trim()) return nothing;
    const corrected = correctSpelling(filter.text, vocabularyFor(items, textsOf));
    const found = corrected ? run(items, { ...filter, text: corrected.text }) : [];
    return corrected && found.length > 0 ? { found, soundQuarters: [], corrections: corrected.corrections, pending: false } : nothing;
  }, [sound.quarters, sound.pending, spelled, run, items, filter, textsOf]);
}
