// One drain at a time across tabs and the service worker. Web Locks do that across contexts of one
// origin; where they are missing (old WebViews) a per-context queue is the fallback. Correctness does
// not rest on the lock — the server's id uniqueness does — the lock only saves duplicate requests.
export type LockRunner = <T>(name: string, task: () => Promise<T>) => Promise<T>;

const chains = new Map<string, Promise<unknown>>();

export const inContextLock: LockRunner = (name, task) => {
  const previous = chains.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  chains.set(
    name,
    run.catch(() => undefined),
  );
  return run;
};

export function defaultLock(): LockRunner {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return inContextLock;
  return (name, task) => locks.request(name, task);
}
