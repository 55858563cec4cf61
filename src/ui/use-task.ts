import { useCallback, useState } from 'react';

/**
 * One press, one answer: runs `task`, says whether it is still running, keeps its last result (gone
 * while it runs again). For "Wo bin ich?"-style buttons; the task brings its own data access.
 */
export function useTask<T>(task: () => Promise<T>) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<T>();
  const run = useCallback(async (): Promise<T> => {
    setBusy(true);
    setResult(undefined);
    try {
      const answer = await task();
      setResult(answer);
      return answer;
    } finally {
      setBusy(false);
    }
  }, [task]);
  const clear = useCallback(() => setResult(undefined), []);
  return { busy, result, run, clear };
}
