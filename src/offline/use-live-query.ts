import { liveQuery } from 'dexie';
import { useEffect, useState, type DependencyList } from 'react';

type Outcome<T> = { value: T } | { error: unknown };

/**
 * A value read from IndexedDB that follows every change to what it read (Dexie's liveQuery), undefined until
 * the first read finished.
 *
 * Written here instead of taken from dexie-react-hooks, whose hook read every query once more on mount, synchronously subscribing and unsubscribing, to look for a value that a live query never has yet; the
 * start page mounts half a dozen of these while the form first renders. (Results as transitions were tried and
 * taken back: a CI run lost what a journey had typed into the quarter search right after the form appeared.)
 *
 * Like dexie-react-hooks, the last result stays while new deps are read, and a failed read throws in render
 * (to the nearest error boundary) rather than showing stale data as current.
 */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: DependencyList): T | undefined {
  const [outcome, setOutcome] = useState<Outcome<T>>();
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setOutcome((last) => (last && 'value' in last && last.value === value ? last : { value })),
      error: (error: unknown) => setOutcome({ error }),
    });
    return () => subscription.unsubscribe();
    // The caller's deps decide when to read anew, as with React's own hooks.
  }, deps);
  if (outcome && 'error' in outcome) throw outcome.error;
  return outcome?.value;
}
