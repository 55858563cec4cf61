// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { Component, createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type QsDatabase } from './db';
import { useLiveQuery } from './use-live-query';

let n = 0;
const opened: QsDatabase[] = [];
function freshDb() {
  const db = openDatabase(`live-query-test-${++n}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

class Boundary extends Component<{ children: ReactNode; onError: (error: unknown) => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

describe('useLiveQuery', () => {
  it('is undefined until the first read, then follows every change to what it read', async () => {
    const db = freshDb();
    const { result } = renderHook(() => useLiveQuery(async () => (await db.settings.get('k'))?.value ?? 'none', [db]));
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBe('none'));
    await act(() => db.settings.put({ key: 'k', value: 'eins' }));
    await waitFor(() => expect(result.current).toBe('eins'));
    await act(() => db.settings.put({ key: 'k', value: 'zwei' }));
    await waitFor(() => expect(result.current).toBe('zwei'));
  });

  it('keeps the last result while new deps are read, then shows theirs', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'a', value: 'A' },
      { key: 'b', value: 'B' },
    ]);
    const { result, rerender } = renderHook(({ key }) => useLiveQuery(async () => (await db.settings.get(key))?.value, [key]), {
      initialProps: { key: 'a' },
    });
    await waitFor(() => expect(result.current).toBe('A'));
    rerender({ key: 'b' });
    expect(result.current).toBe('A');
    await waitFor(() => expect(result.current).toBe('B'));
  });

  it('throws a failed read to the nearest error boundary', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = () => undefined; // React reports the caught error; the boundary is the assertion here.
    try {
      renderHook(
        () =>
          useLiveQuery(async () => {
            throw new Error('read failed');
          }, []),
        { wrapper: ({ children }) => createElement(Boundary, { onError: (error) => void errors.push(error), children }) },
      );
      await waitFor(() => expect(errors).toHaveLength(1));
      expect(String(errors[0])).toContain('read failed');
    } finally {
      console.error = original;
    }
  });
});
