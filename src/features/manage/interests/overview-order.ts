import type { LocalisedText } from '../../../shared/catalog';
import type { InterestOverviewRow } from '../../../shared/manage';

// The overview keeps the server's order (most open interest first, then the most new, then the most in
// total) and only breaks its ties by the title the manager reads, instead of by id.

export function titleIn(title: LocalisedText, language: string): string {
  return title[language] ?? title.de;
}

export function displayOrder(rows: readonly InterestOverviewRow[], language: string): InterestOverviewRow[] {
  const collator = new Intl.Collator(language);
  return [...rows].sort(
    (a, b) => b.open - a.open || b.unread - a.unread || b.total - a.total || collator.compare(titleIn(a.title, language), titleIn(b.title, language)),
  );
}
