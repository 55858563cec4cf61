import { INBOX_SORTS, inboxFilterSchema } from '../../../shared/manage';

// The inbox view lives in the URL query (`/verwaltung?status=received&sort=oldest&view=map`), so a
// view can be bookmarked and shared. Parameter names are the API's, so the query goes to the server
// as it is. Invalid values are dropped, never sent: a hand-edited link degrades to "no filter".

export const FILTER_KEYS = ['kind', 'quarterId', 'topicId', 'theme', 'status', 'moderation', 'hasPhoto', 'unread', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type InboxSort = (typeof INBOX_SORTS)[number];
export const VIEWS = ['list', 'map'] as const;
export type InboxViewMode = (typeof VIEWS)[number];

export interface InboxView {
  filter: Partial<Record<FilterKey, string>>;
  sort: InboxSort;
  view: InboxViewMode;
}

export const DEFAULT_VIEW: InboxView = { filter: {}, sort: 'newest', view: 'list' };

function validFilterValue(key: FilterKey, value: string): boolean {
  return inboxFilterSchema.shape[key].safeParse(value).success;
}

/**
 * `hasQuarter` says whether the caller may filter by a quarter. A quarter they do not have (removed by an
 * admin, or a colleague's shared link) is dropped like any invalid value: kept, it would be an active filter
 * that no dropdown shows and that empties the list.
 */
export function parseInboxSearch(search: string, hasQuarter: (quarterId: string) => boolean = () => true): InboxView {
  const params = new URLSearchParams(search);
  const filter: InboxView['filter'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value && validFilterValue(key, value)) filter[key] = value;
  }
  if (filter.quarterId && !hasQuarter(filter.quarterId)) delete filter.quarterId;
  if (filter.from && filter.to && filter.from > filter.to) delete filter.to;
  const sort = params.get('sort');
  const view = params.get('view');
  return {
    filter,
    sort: (INBOX_SORTS as readonly string[]).includes(sort ?? '') ? (sort as InboxSort) : 'newest',
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as InboxViewMode) : 'list',
  };
}

/** The query for a view, in a stable order and without defaults, so equal views give equal links. */
export function toInboxSearch(view: InboxView): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = view.filter[key];
    if (value) params.set(key, value);
  }
  if (view.sort !== 'newest') params.set('sort', view.sort);
  if (view.view !== 'list') params.set('view', view.view);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Filters and sort as the API wants them (`view` is the UI's own; the cursor is the pages' own). */
export function apiParams(view: InboxView): Record<string, string> {
  const params: Record<string, string> = { ...view.filter } as Record<string, string>;
  if (view.sort !== 'newest') params.sort = view.sort;
  return params;
}

export function withFilter(view: InboxView, key: FilterKey, value: string | undefined): InboxView {
  const filter = { ...view.filter };
  if (value) filter[key] = value;
  else delete filter[key];
  return { ...view, filter };
}

export function activeFilterCount(view: InboxView): number {
  return Object.keys(view.filter).length;
}

// The last inbox query of this visit, so "back to the inbox" returns to the same filtered view.
let lastSearch = '';
export function rememberInboxSearch(search: string): void {
  lastSearch = search;
}
export function lastInboxSearch(): string {
  return lastSearch;
}
