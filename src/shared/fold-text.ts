// One spelling for search: shared by the quarter picker and the directory so both find the same things.
/** Case, accents, ß and umlauts typed as ae/oe/ue all compare equal. */
export function foldText(value: string): string {
  return value
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}
