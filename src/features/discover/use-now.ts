import { useEffect, useState } from 'react';
import { holidaysAround } from '../../shared/holidays';

/** Erfurt is in Thuringia: its public holidays close most centres. Another city would set its own. */
export const HOLIDAY_REGION = 'TH';
export const CITY_TIME_ZONE = 'Europe/Berlin';

/** The current time, refreshed every minute, so "open now" changes while the page is open. */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

const cache = new Map<number, Set<string>>();
/** Public holidays around `now` (last, this and next year), computed once per year. */
export function holidaysFor(now: Date): ReadonlySet<string> {
  const year = now.getUTCFullYear();
  let set = cache.get(year);
  if (!set) {
    set = holidaysAround(HOLIDAY_REGION, now);
    cache.set(year, set);
  }
  return set;
}
