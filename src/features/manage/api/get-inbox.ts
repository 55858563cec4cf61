import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { inboxPageSchema, type InboxItem, type InboxPage } from '../../../shared/manage';
import { manageErrorMessage, type Message } from '../manage-errors';
import { manageCall, queryString } from './manage-client';
import { manageKeys } from './query-keys';

// GET /submissions?filters&cursor: the inbox, newest first, only the caller's quarters, in pages.
// Answer: `inboxPageSchema` (src/shared/manage.ts).

/** Filters and sort with the API's parameter names (`inboxQuerySchema`), as strings; no cursor. */
export type InboxParams = Readonly<Record<string, string | undefined>>;

export async function listInbox(params: InboxParams, cursor: string | null, signal?: AbortSignal): Promise<InboxPage> {
  return manageCall('GET', `/submissions${queryString({ ...params, cursor: cursor ?? undefined })}`, inboxPageSchema, { signal });
}

/** The pages in order, each item once, where first seen (an item can move between pages while we read). */
export function inboxItems(pages: readonly InboxPage[]): InboxItem[] {
  const seen = new Set<string>();
  return pages.flatMap((page) => page.items.filter((item) => !seen.has(item.id) && seen.add(item.id)));
}

/** The cached pages with one item marked read (opening it did that on the server); unchanged otherwise. */
export function withItemRead(data: InfiniteData<InboxPage>, id: string): InfiniteData<InboxPage> {
  if (!data.pages.some((page) => page.items.some((item) => item.id === id && item.unread))) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === id ? { ...item, unread: false } : item)) })) };
}

export interface InboxState {
  items: InboxItem[];
  hasMore: boolean;
  loading: boolean;
  error?: Message;
  loadMore: () => void;
  reload: () => void;
}

/** Pages of the inbox for one view: a view is its own cache entry, so going back shows it at once. */
export function useInbox(params: InboxParams): InboxState {
  const query = useInfiniteQuery({
    queryKey: manageKeys.inbox(params),
    queryFn: ({ pageParam, signal }) => listInbox(params, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = useMemo(() => inboxItems(query.data?.pages ?? []), [query.data]);
  return {
    items,
    hasMore: query.hasNextPage,
    loading: query.isFetching,
    ...(query.error ? { error: manageErrorMessage(query.error, 'inbox') } : {}),
    loadMore: () => void query.fetchNextPage(),
    reload: () => void query.refetch(),
  };
}
