import { useCallback, useEffect, useRef, useState } from 'react';
import { listInbox, type InboxItem } from '../../../offline/manage-inbox';
import { useFailure } from '../common/ManageContext';
import type { Message } from '../manage-errors';
import { apiParams, type InboxView } from './inbox-query';

export interface InboxState {
  items: InboxItem[];
  nextCursor: string | null;
  loading: boolean;
  error?: Message;
  loadMore: () => void;
  reload: () => void;
}

/** Pages of the inbox for one view; a new view starts again from the first page, late answers are dropped. */
export function useInbox(view: InboxView, viewKey: string): InboxState {
  const fail = useFailure();
  const [items, setItems] = useState<InboxItem[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Message>();
  const generation = useRef(0);
  const viewRef = useRef(view);
  viewRef.current = view;

  const load = useCallback(
    async (cursor: string | null) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await listInbox(apiParams(viewRef.current, cursor));
        if (mine !== generation.current) return;
        setItems((current) => (cursor ? [...current, ...page.items.filter((i) => !current.some((c) => c.id === i.id))] : page.items));
        setNextCursor(page.nextCursor);
      } catch (caught) {
        if (mine === generation.current) setError(fail(caught));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [fail],
  );

  useEffect(() => {
    void load(null);
  }, [load, viewKey]);

  return {
    items,
    nextCursor,
    loading,
    error,
    loadMore: () => void load(nextCursor),
    reload: () => void load(null),
  };
}
