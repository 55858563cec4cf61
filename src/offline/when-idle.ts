/**
 * Runs `task` once the browser has nothing more urgent to do (after the frames and input that wait), or after
 * `timeoutMs` at the latest: work the screen does not wait for should not hold up a slow phone's first seconds.
 * Safari has no requestIdleCallback; there a short timer stands in for it.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, Math.min(timeoutMs, 200));
}
