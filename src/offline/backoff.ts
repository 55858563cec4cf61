// Exponential backoff with full jitter (DESIGN §4): 2 s base, 5 min cap. Full jitter spreads a crowd of
// phones that all come back online at once; Retry-After from the server is a floor, never shortened.
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

export function backoffDelay(attempt: number, random: () => number, retryAfterMs = 0): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.max(retryAfterMs, Math.floor(random() * ceiling));
}

/**
 * How long a page timer waits for `at`, a time worked out when the clock read `reference`. The wait is
 * taken against that reading, not the clock now: the wall clock may have jumped in between (a phone's
 * network time arriving), and `at` from before the jump would otherwise mean a day, or nothing. At
 * least a second (no spinning on a zero backoff), at most one backoff cap (a wrong clock never parks
 * an item for longer; a wake-up that finds nothing due just sets the next timer).
 */
export function timerDelay(at: number, reference: number): number {
  return Math.min(Math.max(1_000, at - reference), BACKOFF_CAP_MS);
}
