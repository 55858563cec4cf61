import { getHolidays, type HolidayRegion } from 'feiertagejs';

// Public holidays for opening hours. German states differ (Thuringia has Weltkindertag and
// Reformationstag, no Fronleichnam outside Eichsfeld), so the region is part of the question.

export type { HolidayRegion };

/**
 * Every public holiday of the region in the given years, as YYYY-MM-DD. Read from `date` (noon UTC of
 * the holiday): feiertagejs 1.5's `dateString` is a day late on machines east of UTC+12.
 */
export function holidayDates(region: HolidayRegion, years: readonly number[]): Set<string> {
  const dates = new Set<string>();
  for (const year of years) {
    for (const holiday of getHolidays(year, region)) dates.add(holiday.date.toISOString().slice(0, 10));
  }
  return dates;
}

/** The holidays that matter around an instant: this year and the next (for "opens at …" in late December). */
export function holidaysAround(region: HolidayRegion, at: Date): Set<string> {
  const year = at.getUTCFullYear();
  return holidayDates(region, [year - 1, year, year + 1]);
}
