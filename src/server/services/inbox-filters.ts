import { TZDate } from '@date-fns/tz';
import type { InboxFilter } from '../../shared/manage';
import type { Catalog } from '../catalog/catalog';
import type { InboxFilters } from '../repositories/inbox';

// The shared filter shape (what the UI sends) turned into what the repository can query: a theme
// becomes its topics (the catalog knows which), calendar days in the city's time zone become instants.

export function toRepositoryFilters(filter: InboxFilter, catalog: Catalog): InboxFilters {
  const { theme, from, to, ...rest } = filter;
  const filters: InboxFilters = { ...rest };
  if (theme) filters.topicIds = catalog.topics.filter((t) => t.theme === theme).map((t) => t.id);
  if (from) filters.receivedFrom = startOfDay(from, catalog.city.timeZone, 0);
  // `to` is inclusive: everything before the start of the next day.
  if (to) filters.receivedBefore = startOfDay(to, catalog.city.timeZone, 1);
  return filters;
}

/** The UTC instant at which a calendar day (`YYYY-MM-DD`, plus `addDays`) starts in `timeZone`. */
export function startOfDay(isoDate: string, timeZone: string, addDays: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const start = new TZDate(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + addDays, timeZone);
  return new Date(start.getTime()).toISOString();
}

/** `YYYY-MM` of an instant in `timeZone`: a report by month means the city's months. */
export function monthOf(iso: string, timeZone: string): string {
  const date = new TZDate(Date.parse(iso), timeZone);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
