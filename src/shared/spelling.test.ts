import { describe, expect, it } from 'vitest';
import { allowedEdits, buildVocabulary, correctSpelling } from './spelling';

const vocabulary = buildVocabulary([
  'Stadtteilbüro Rieth (ThINKA)',
  'Begegnungszentrum ANDERS',
  'Nachbarschaftshilfe und Ehrenamtscafé im Stadtteil',
  'Volkshochschule Erfurt, Außenstelle',
  undefined,
  'Bürgerhaus Roter Berg',
]);

describe('correcting a search that found nothing', () => {
  it('knows the directory words folded as the search folds them, each with a spelling from the texts', () => {
    expect(vocabulary.get('stadtteilburo')).toBe('Stadtteilbüro');
    expect(vocabulary.get('aussenstelle')).toBe('Außenstelle');
    // Words shorter than four letters are never corrected, so they are not kept.
    expect(vocabulary.has('und')).toBe(false);
  });

  it('allows one slip in a short word, two in a longer one, none below four letters', () => {
    expect([3, 4, 5, 6, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('replaces a word with a slip by the nearest whole word, and says which', () => {
    expect(correctSpelling('Stadteilbüro', vocabulary)).toEqual({
      text: 'stadtteilburo',
      corrections: [{ typed: 'stadteilburo', shown: 'Stadtteilbüro' }],
    });
    // A missing letter, a wrong one and two swapped ones.
    expect(correctSpelling('Begegnugszentrum', vocabulary)?.text).toBe('begegnungszentrum');
    expect(correctSpelling('Volkshochschyle', vocabulary)?.text).toBe('volkshochschule');
    expect(correctSpelling('Stadtteilbüor', vocabulary)?.text).toBe('stadtteilburo');
  });

  it('finds a typed part of a compound from its start or its end, and shows that part', () => {
    expect(correctSpelling('Nachbarschft', vocabulary)).toEqual({
      text: 'nachbarschaft',
      corrections: [{ typed: 'nachbarschft', shown: 'Nachbarschaft…' }],
    });
    expect(correctSpelling('hochschle', vocabulary)).toEqual({
      text: 'hochschule',
      corrections: [{ typed: 'hochschle', shown: '…hochschule' }],
    });
  });

  it('keeps the words the directory has and corrects only the others', () => {
    expect(correctSpelling('Bürgerhaus Rotr', vocabulary)).toEqual({
      text: 'burgerhaus roter',
      corrections: [{ typed: 'rotr', shown: 'Roter' }],
    });
    // A word found inside another stays as typed (the search finds parts of words).
    expect(correctSpelling('hilfe', vocabulary)).toBeUndefined();
  });

  it('offers nothing when a word has no near neighbour or is too short to correct', () => {
    expect(correctSpelling('Schwimmbad', vocabulary)).toBeUndefined();
    expect(correctSpelling('Stadtteilbüro Schwimmbad', vocabulary)).toBeUndefined();
    expect(correctSpelling('Bxrg', vocabulary)?.text).toBe('berg');
    expect(correctSpelling('Bxr', vocabulary)).toBeUndefined();
    expect(correctSpelling('', vocabulary)).toBeUndefined();
  });

  it('prefers a whole word to a part of one, then the closest', () => {
    const words = buildVocabulary(['Gartenfest', 'Garten', 'Karten']);
    expect(correctSpelling('Gartn', words)?.corrections[0]?.shown).toBe('Garten');
    expect(correctSpelling('Kartn', words)?.corrections[0]?.shown).toBe('Karten');
    // One edit from the start of "Stadtteilbüro", two from the whole word: the whole word is shown.
    expect(correctSpelling('Stadtteilbüor', vocabulary)?.corrections[0]?.shown).toBe('Stadtteilbüro');
  });
});
