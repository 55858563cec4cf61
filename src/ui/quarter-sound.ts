import { colognePhonetic } from 'cologne-phonetic';
import { compareGerman } from '../shared/collate';
import { foldText } from '../shared/fold-text';
import type { QuarterOption } from './quarter-search';

/*
 * The quarter search's second try, when nothing is spelled like what was typed: names that *sound* like it.
 * Residents who heard a quarter's name rather than read it write it as they hear it — "Altschtadt",
 * "Krempfervorstadt" — and on a Ukrainian, Russian or Arabic keyboard in their own script: "Альтштадт",
 * "Герренберг", "ألتشتات". Such a query is written in Latin letters the way German spells those sounds
 * (ш as "sch", ц as "z", в as "w"; Arabic's long vowels as vowels), then both sides are compared by their
 * Kölner Phonetik codes (a soundex for German), word by word, the typed word's code a prefix of the name's.
 * Loaded on demand: most searches find their quarter by spelling.
 */

// Cyrillic letters as German writes their sounds (close to Duden's transcription); г and х, see EITHER.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'w', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'jo', є: 'je', ж: 'sch', з: 's', и: 'i', і: 'i',
  ї: 'ji', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
};

// Arabic letters (and the Persian ones Arabic speakers use for p, g, tsch and w) as German writes their
// sounds. و and ي are mostly the long vowels u and i in a written foreign name.
const ARABIC: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ب: 'b', ت: 't', ث: 's', ج: 'dsch', ح: 'h', خ: 'ch', د: 'd', ذ: 's',
  ر: 'r', ز: 's', س: 's', ش: 'sch', ص: 's', ض: 'd', ط: 't', ظ: 's', ع: '', غ: 'g', ف: 'f', ق: 'k', ك: 'k',
  ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', و: 'u', ي: 'i', ى: 'a', ء: '', ؤ: 'u', ئ: 'i', پ: 'p', چ: 'tsch',
  ژ: 'sch', گ: 'g', ڤ: 'w', ک: 'k', ی: 'i',
};

// Letters whose German sound depends on who wrote them: Ukrainian writes German h as г, Russian as х (and
// г is g in Russian, х is ch in both).
const EITHER: Record<string, [string, string]> = { г: ['g', 'h'], х: ['ch', 'h'] };

/** The query in Latin letters, once per reading of the letters in EITHER. */
function latinSpellings(query: string): string[] {
  const lower = query.toLocaleLowerCase('ru').replace(/ı/g, 'i');
  let spellings = [[...lower]];
  for (const [letter, readings] of Object.entries(EITHER)) {
    if (lower.includes(letter)) spellings = spellings.flatMap((chars) => readings.map((reading) => chars.map((ch) => (ch === letter ? reading : ch))));
  }
  return spellings.map((chars) => chars.map((ch) => CYRILLIC[ch] ?? ARABIC[ch] ?? ch).join(''));
}

function codes(text: string): string[] {
  return foldText(text)
    .split(' ')
    .map((word) => colognePhonetic(word))
    .filter(Boolean);
}

/**
 * A name's codes, each also without its leading 0 (a vowel at the start): scripts that leave short vowels
 * unwritten ("هرنبرغ" for Herrenberg) would otherwise miss every name that starts with one.
 */
function nameCodes(text: string): string[] {
  return codes(text).flatMap((code) => (code.startsWith('0') && code.length > 1 ? [code, code.slice(1)] : [code]));
}

/**
 * The typed words that can be a name as heard: a word with a digit is a code or a number ("e2e-3f0a", "12a"),
 * and a word of vowels only ("e", "au") codes to a bare 0 that starts every name beginning with a vowel.
 */
function heardCodes(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((word) => !/\p{Number}/u.test(word))
    .map((word) => colognePhonetic(word))
    .filter((code) => /[1-9]/.test(code));
}

/**
 * Quarters whose names sound like the query, alphabetically: every typed word's code starts a code of a
 * word of the name (or of its district). Nothing for a query without a word that can be a heard name.
 */
export function soundsLike(quarters: readonly QuarterOption[], query: string): QuarterOption[] {
  const spellings = latinSpellings(query)
    .map(heardCodes)
    .filter((words) => words.length > 0);
  if (spellings.length === 0) return [];
  const matches = (words: string[], ofName: string[]) => words.every((word) => ofName.some((code) => code.startsWith(word)));
  return quarters
    .filter((quarter) => {
      // Each name is coded once, whatever the number of spellings tried against it.
      const ofName = nameCodes(quarter.name);
      const ofDistrict = quarter.district ? nameCodes(quarter.district) : [];
      return spellings.some((words) => matches(words, ofName) || (ofDistrict.length > 0 && matches(words, ofDistrict)));
    })
    .sort((a, b) => compareGerman(a.name, b.name));
}
