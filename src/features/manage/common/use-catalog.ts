import type { QuarterSummary } from '../../../offline/catalog';

// Quarter and topic names come from `useCatalogNames` (src/offline), the one hook that reads them
// for residents and managers alike; it revalidates the catalogs when a manager screen opens.

/** The quarters a user may pick: all for an admin, the assigned ones for a manager. */
export function quartersFor(all: QuarterSummary[], user: { role: string; quarterIds: string[] }): QuarterSummary[] {
  if (user.role === 'admin') return all;
  const own = new Set(user.quarterIds);
  return all.filter((q) => own.has(q.id));
}

/**
 * Whether the caller may filter by a quarter: a manager by their own, an admin by any the catalog knows
 * (any at all until the catalog has loaded, so a bookmark is not dropped before the names arrive).
 */
export function canFilterByQuarter(all: QuarterSummary[], user: { role: string; quarterIds: string[] }): (quarterId: string) => boolean {
  if (user.role === 'admin') return (quarterId) => all.length === 0 || all.some((q) => q.id === quarterId);
  return (quarterId) => user.quarterIds.includes(quarterId);
}
