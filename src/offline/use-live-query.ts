import { liveQuery } from 'dexie';
import { startTransition, useEffect, useState, type DependencyList } from 'react';

type Outcome<T> = { value: T } | { error: unknown };

/**
 * A value read from IndexedDB that follows every change to what it read (Dexie's liveQuery), undefined until
 * the first read finished.
 *
 * Written here instead of taken from dexie-react-hooks for how its results enter React: there, every result is
 * an urgent update (one render that blocks the main thread until done, per query), and each mount reads once
 * more, synchronously subscribing and unsubscribing, to look for a value that a live query never has yet. The
 * start page mounts half a dozen of these while the form first renders; on a mid-range phone that added up to
 * long tasks of 150–300 ms. Here results arrive as a transition: React renders them in slices it can pause for
 * a tap or a keystroke, and results arriving together render together.
 *
 * Like dexie-react-hooks, the last result stays while new deps are read, and a failed read throws in render
 * (to the nearest error boundary) rather than showing stale data as current.
 */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: DependencyList): T | undefined {
  const [outcome, setOutcome] = useState<Outcome<T>>();
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => startTransition(() => setOutcome((last) => (last && 'value' in last && last.value === value ? last : { value }))),
      error: (error: unknown) => startTransition(() => setOutcome({ error })),
    });
    return () => subscription.unsubscribe();
    // The caller's deps decide when to read anew, as with React's own hooks.
  }, deps);
  if (outcome && 'error' in outcome) throw outcome.error;
  return outcome?.value;
}
