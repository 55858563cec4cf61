import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay, timerDelay } from './backoff';

describe('backoff', () => {
  it('doubles the ceiling per attempt from 2 s and caps at 5 min', () => {
    const top = () => 0.999999;
    expect(backoffDelay(1, top)).toBe(1999);
    expect(backoffDelay(2, top)).toBe(3999);
    expect(backoffDelay(20, top)).toBe(BACKOFF_CAP_MS - 1);
  });

  it('uses full jitter: zero is possible', () => {
    expect(backoffDelay(5, () => 0)).toBe(0);
  });

  it('never waits less than Retry-After', () => {
    expect(backoffDelay(1, () => 0, 30_000)).toBe(30_000);
  });


  it('times a page timer against the clock reading the due time was worked out with', () => {
    const day = 24 * 3_600_000;
    // Worked out a day ahead (a phone's wrong clock) as "5 s from now": still 5 s after the clock is corrected.
    expect(timerDelay(day + 5_000, day)).toBe(5_000);
    expect(timerDelay(5_000, 0)).toBe(5_000);
    // Floor and ceiling: no spinning on a zero wait, never parked longer than one backoff cap.
    expect(timerDelay(0, 0)).toBe(1_000);
    expect(timerDelay(day, 0)).toBe(BACKOFF_CAP_MS);
    expect(timerDelay(Infinity, 0)).toBe(BACKOFF_CAP_MS);
  });
});
