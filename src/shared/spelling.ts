import { distance } from 'fastest-levenshtein';
import { foldText } from './fold-text';

/*
 * The directory's second chance for a search that found nothing as typed: a word typed with a slip on a phone's
 * keyboard ("Senoiren", "Nachbarschaftshlfe") is replaced by the nearest word of the directory's own texts, and
 * the resident is told which word was used. Edit distance (Levenshtein, from a kept library) over the folded
 * words; a part of a compound counts from its start or its end, where German puts what a word is about
 * ("Senior…", "…hilfe"), so a typed part finds the whole word.
 */

/** The directory's words, folded as the search folds them, each with one spelling as it appears in the texts. */
export type Vocabulary = ReadonlyMap<string, string>;

/** Shorter words are left alone: with one letter changed, almost every three-letter word is another word. */
const MIN_LENGTH = 4;

/** How many single-letter slips a typed word of this length may hold and still be corrected. */
export function allowedEdits(length: number): number {
  if (length < MIN_LENGTH) return 0;
  return length < 6 ? 1 : 2;
}

export function buildVocabulary(texts: Iterable<string | undefined>): Vocabulary {
  const words = new Map<string, string>();
  for (const text of texts) {
    if (!text) continue;
    for (const raw of text.split(/[^\p{Letter}\p{Number}]+/u)) {
      const folded = foldText(raw);
      if (folded.length >= MIN_LENGTH && !words.has(folded)) words.set(folded, raw);
    }
  }
  return words;
}

export interface Correction {
  /** The word as the resident typed it. */
  typed: string;
  /** What the search used instead, as the resident should read it: a whole word, or the part of one ("Senior…", "…hilfe"). */
  shown: string;
}

export interface Corrected {
  /** The search text with each unknown word replaced (folded, as the filter compares). */
  text: string;
  corrections: readonly Correction[];
}

interface Candidate {
  edits: number;
  /** 0 for a whole word, 1 for a part of one: a whole word within the allowed edits wins, so what is shown is a real word. */
  partial: number;
  term: string;
  shown: string;
}

/**
 * The closest whole word within the edits the typed word allows; failing that, the closest part of a compound
 * from its start or its end. Ties go to the shorter, then the alphabetically first, so the answer is stable.
 */
function nearest(word: string, vocabulary: Vocabulary): Candidate | undefined {
  const limit = allowedEdits(word.length);
  let best: Candidate | undefined;
  // What is shown is spelt out only for a candidate that wins so far, not for every part of every word.
  const consider = (edits: number, partial: number, term: string, shown: () => string) => {
    const candidate = { edits, partial, term, shown: '' };
    if (edits <= limit && isBetter(candidate, best)) best = { ...candidate, shown: shown() };
  };
  for (const [folded, raw] of vocabulary) {
    if (Math.abs(folded.length - word.length) <= limit) consider(distance(word, folded), 0, folded, () => raw);
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      if (length < MIN_LENGTH || length >= folded.length) continue;
      const head = folded.slice(0, length);
      consider(distance(word, head), 1, head, () => `${partOf(raw, head, 'start')}…`);
      const tail = folded.slice(folded.length - length);
      consider(distance(word, tail), 1, tail, () => `…${partOf(raw, tail, 'end')}`);
    }
  }
  return best;
}

function isBetter(candidate: Candidate, best: Candidate | undefined): boolean {
  if (!best) return true;
  return (
    (candidate.partial - best.partial ||
      candidate.edits - best.edits ||
      candidate.term.length - best.term.length ||
      candidate.term.localeCompare(best.term)) < 0
  );
}

/** The raw word's own letters for a folded part where folding kept the length (no ß or umlaut spelt out), else the part. */
function partOf(raw: string, part: string, side: 'start' | 'end'): string {
  const piece = side === 'start' ? raw.slice(0, part.length) : raw.slice(raw.length - part.length);
  return foldText(piece) === part ? piece : part;
}

/**
 * The search text with every word the directory does not contain replaced by its nearest word; undefined when
 * nothing needed replacing or a word has no near neighbour (then there is nothing better to offer than "nothing found").
 */
export function correctSpelling(query: string, vocabulary: Vocabulary): Corrected | undefined {
  const words = foldText(query).split(' ').filter(Boolean);
  const corrections: Correction[] = [];
  const terms: string[] = [];
  for (const word of words) {
    if ([...vocabulary.keys()].some((folded) => folded.includes(word))) {
      terms.push(word);
      continue;
    }
    const found = nearest(word, vocabulary);
    if (!found) return undefined;
    terms.push(found.term);
    corrections.push({ typed: word, shown: found.shown });
  }
  return corrections.length === 0 ? undefined : { text: terms.join(' '), corrections };
}
