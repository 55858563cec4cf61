// @vitest-environment jsdom
import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../../../offline/http';
import { inboxItem, managerSubmission } from '../../../test/manage-answers';
import { useInbox } from './get-inbox';
import { useSubmission } from './get-submission';
import { setManageFetch } from './manage-client';
import { createManageQueryClient } from './query-client';
import { useUpdateSubmission } from './update-submission';

// The hooks over react-query, against a fake manager API: paging, the read marker, what a change reloads,
// and where failures go.

const row = (id: string, unread = false) => inboxItem(id, { unread });

type Route = (url: URL, init: RequestInit) => unknown;

/** Answers by path; records every request as `METHOD path?query`. */
function serve(route: Route): string[] {
  const seen: string[] = [];
  const fetchImpl: FetchLike = async (input, init = {}) => {
    const url = new URL(String(input), 'http://test');
    seen.push(`${init.method ?? 'GET'} ${url.pathname}${url.search}`);
    const body = route(url, init);
    return body instanceof Response ? body : new Response(JSON.stringify(body), { status: 200 });
  };
  setManageFetch(fetchImpl);
  return seen;
}

function withClient(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
}

const clients: QueryClient[] = [];
function client(onError = vi.fn()) {
  const created = createManageQueryClient(onError);
  clients.push(created);
  return created;
}

afterEach(() => {
  for (const c of clients.splice(0)) c.clear();
  setManageFetch();
});

describe('useInbox', () => {
  it('pages through the inbox, shows an item that moved between pages once, and knows when there is more', async () => {
    const seen = serve((url) =>
      url.searchParams.get('cursor') === 'c1' ? { items: [row('b'), row('c')], nextCursor: null } : { items: [row('a'), row('b')], nextCursor: 'c1' },
    );
    const { result } = renderHook(() => useInbox({ status: 'received' }), { wrapper: withClient(client()) });
    await waitFor(() => expect(result.current.items.map((i) => i.id)).toEqual(['a', 'b']));
    expect(result.current.hasMore).toBe(true);
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.items.map((i) => i.id)).toEqual(['a', 'b', 'c']));
    expect(result.current.hasMore).toBe(false);
    expect(seen).toEqual(['GET /api/v1/manage/submissions?status=received', 'GET /api/v1/manage/submissions?status=received&cursor=c1']);
  });

  it('says what went wrong in the manager’s words', async () => {
    serve(() => new Response(JSON.stringify({ error: { code: 'forbidden', message: 'no' } }), { status: 403 }));
    const { result } = renderHook(() => useInbox({}), { wrapper: withClient(client()) });
    await waitFor(() => expect(result.current.error).toEqual({ key: 'errors:forbidden' }));
    expect(result.current.items).toEqual([]);
  });
});

describe('an item and its changes', () => {
  it('marks an opened item read in the cached inbox without asking again; a change shows the PATCH answer and reloads the inbox', async () => {
    let status: 'received' | 'in_progress' = 'received';
    const seen = serve((url, init) => {
      if (url.pathname === '/api/v1/manage/submissions') return { items: [row('a', status === 'received')].map((item) => ({ ...item, status })), nextCursor: null };
      if (init.method === 'PATCH') {
        status = 'in_progress';
        return managerSubmission('a', { status, publicResponse: 'Wir sind dran.' });
      }
      return managerSubmission('a', { status });
    });
    const wrapper = withClient(client());
    const list = renderHook(() => useInbox({}), { wrapper });
    await waitFor(() => expect(list.result.current.items[0]?.unread).toBe(true));
    const item = renderHook(() => ({ detail: useSubmission('a'), update: useUpdateSubmission() }), { wrapper });
    await waitFor(() => expect(item.result.current.detail.data?.id).toBe('a'));
    expect(list.result.current.items[0]?.unread).toBe(false);
    expect(seen.filter((r) => r === 'GET /api/v1/manage/submissions')).toHaveLength(1);

    await act(() => item.result.current.update.mutateAsync({ id: 'a', patch: { status: 'in_progress' } }));
    // The detail is the PATCH's answer, not a second GET.
    expect(item.result.current.detail.data).toMatchObject({ status: 'in_progress', publicResponse: 'Wir sind dran.' });
    await waitFor(() => expect(list.result.current.items[0]?.status).toBe('in_progress'));
    expect(seen.filter((r) => r === 'GET /api/v1/manage/submissions/a')).toHaveLength(1);
    expect(seen.filter((r) => r === 'GET /api/v1/manage/submissions')).toHaveLength(2);
  });
});

describe('the area’s error handler', () => {
  it('hears of every failure once, after the retries, with what the screen said about showing it', async () => {
    serve(() => new Response(JSON.stringify({ error: { code: 'not_found', message: 'gone' } }), { status: 404 }));
    const onError = vi.fn();
    const wrapper = withClient(client(onError));
    const loud = renderHook(() => useSubmission('x'), { wrapper });
    await waitFor(() => expect(loud.result.current.isError).toBe(true));
    const quiet = renderHook(() => useQuery({ queryKey: ['manage', 'quiet'], queryFn: () => Promise.reject(new Error('x')), meta: { quiet: true } }), { wrapper });
    await waitFor(() => expect(quiet.result.current.isError).toBe(true));
    expect(onError.mock.calls.map(([error, meta]) => [(error as { code?: string }).code, meta])).toEqual([
      ['not_found', undefined],
      [undefined, { quiet: true }],
    ]);
  });
});
