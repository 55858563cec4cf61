import { foldText } from '../shared/fold-text';
import { compareGerman } from '../shared/collate';

/** A quarter as pickers show it (the catalog's QuarterSummary has this shape). */
export interface QuarterOption {
  id: string;
  name: string;
  district?: string;
}

/**
 * What people type and what the seed says fold onto one spelling (case, accents, umlauts typed as "oe",
 * ß as "ss"), so "moebisburg" and "Möbis" both find Möbisburg-Rhoda — the same folding the directory uses.
 */
export const foldForSearch = foldText;

function rank(name: string, query: string): number {
  if (name.startsWith(query)) return 0;
  if (name.split(' ').some((word) => word.startsWith(query))) return 1;
  if (name.includes(query)) return 2;
  return -1;
}

/**
 * Quarters matching the query, best first: name starts with it, then a word in the name does,
 * then the name merely contains it. An empty query matches nothing (the picker then shows a hint).
 */
export function searchQuarters(quarters: readonly QuarterOption[], query: string): QuarterOption[] {
  const folded = foldForSearch(query);
  if (!folded) return [];
  return quarters
    .map((quarter) => {
      const byName = rank(foldForSearch(quarter.name), folded);
      const byDistrict = quarter.district ? rank(foldForSearch(quarter.district), folded) : -1;
      const score = byName >= 0 ? byName : byDistrict >= 0 ? 3 + byDistrict : -1;
      return { quarter, score };
    })
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => a.score - b.score || compareGerman(a.quarter.name, b.quarter.name))
    .map((entry) => entry.quarter);
}
