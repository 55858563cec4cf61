import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { localisedTextSchema } from './catalog';

// Structured weekly opening hours with exceptions, and "open now / opens at …" computed in the
// city's time zone (Europe/Berlin for Erfurt) whatever the device's clock zone is. Pure: the caller
// passes the instant and the public holidays (see holidays.ts).

const time = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'HH:MM, 00:00 to 24:00');
const closesAfterOpens = (i: { opens: string; closes: string }) => minutes(i.closes) > minutes(i.opens);
const order = { message: 'closes must be after opens (no overnight intervals)', path: ['closes'] };
const interval = z.object({ opens: time, closes: time }).refine(closesAfterOpens, order);
export type Interval = z.infer<typeof interval>;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdaySchema = z.number().int().min(1).max(7);

export const openingHoursSchema = z.object({
  weekly: z.array(z.object({ days: z.array(weekdaySchema).min(1), opens: time, closes: time }).refine(closesAfterOpens, order)),
  /** On public holidays: closed, regular weekly hours, or nobody knows (the UI then says so). */
  holidays: z.enum(['closed', 'open', 'unknown']).default('closed'),
  /** Special dates; they win over holidays and weekly hours. No intervals = closed that day. */
  exceptions: z
    .array(z.object({ date: z.iso.date(), intervals: z.array(interval).default([]), note: localisedTextSchema.optional() }))
    .default([]),
  note: localisedTextSchema.optional(),
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export type OpenState =
  | { kind: 'unknown'; why: 'no_hours' | 'holiday' }
  | { kind: 'open'; closesAt: Date }
  | { kind: 'closed'; opensAt?: Date; why?: 'holiday' | 'exception' };

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';
/** How far ahead "opens at …" looks; beyond that the UI only says "closed". */
const LOOKAHEAD_DAYS = 14;

type Day = { intervals: Interval[]; why?: 'holiday' | 'exception' } | 'unknown';

export function openState(
  hours: OpeningHours | undefined,
  at: Date,
  holidays: ReadonlySet<string>,
  timeZone: string = DEFAULT_TIME_ZONE,
): OpenState {
  if (!hours) return { kind: 'unknown', why: 'no_hours' };
  const local = new TZDate(at.getTime(), timeZone);
  const todayYmd = ymd(local.getFullYear(), local.getMonth() + 1, local.getDate());
  const nowMinutes = local.getHours() * 60 + local.getMinutes();
  const today = dayOf(hours, todayYmd, holidays);
  if (today === 'unknown') return { kind: 'unknown', why: 'holiday' };

  const current = today.intervals.find((i) => minutes(i.opens) <= nowMinutes && nowMinutes < minutes(i.closes));
  if (current) return { kind: 'open', closesAt: instant(todayYmd, current.closes, timeZone) };

  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const date = addDays(todayYmd, offset);
    const day = offset === 0 ? today : dayOf(hours, date, holidays);
    if (day === 'unknown') break;
    const next = day.intervals
      .filter((i) => offset > 0 || minutes(i.opens) > nowMinutes)
      .sort((a, b) => minutes(a.opens) - minutes(b.opens))[0];
    if (next) return withWhy({ kind: 'closed', opensAt: instant(date, next.opens, timeZone) }, today.why);
  }
  return withWhy({ kind: 'closed' }, today.why);
}

function withWhy(state: { kind: 'closed'; opensAt?: Date }, why: 'holiday' | 'exception' | undefined): OpenState {
  return why ? { ...state, why } : state;
}

function dayOf(hours: OpeningHours, date: string, holidays: ReadonlySet<string>): Day {
  const exception = hours.exceptions.find((e) => e.date === date);
  if (exception) return { intervals: exception.intervals, why: 'exception' };
  if (holidays.has(date)) {
    if (hours.holidays === 'unknown') return 'unknown';
    if (hours.holidays === 'closed') return { intervals: [], why: 'holiday' };
  }
  const weekday = isoWeekday(date);
  return { intervals: hours.weekly.filter((rule) => rule.days.includes(weekday)) };
}

/** Monday-first rows for a table: every weekday with its intervals (empty = closed). */
export function weeklyTable(hours: OpeningHours): { day: number; intervals: Interval[] }[] {
  return [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    day,
    intervals: hours.weekly
      .filter((rule) => rule.days.includes(day))
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => minutes(a.opens) - minutes(b.opens)),
  }));
}

/** Exceptions from `from` (YYYY-MM-DD) on, soonest first: what the details page lists. */
export function upcomingExceptions(hours: OpeningHours, from: string): OpeningHours['exceptions'] {
  return hours.exceptions.filter((e) => e.date >= from).sort((a, b) => a.date.localeCompare(b.date));
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const local = new TZDate(at.getTime(), timeZone);
  return ymd(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

// Calendar arithmetic on dates alone, in UTC, so no DST switch can shift a day.
function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return ymd(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

function isoWeekday(date: string): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

/** A wall-clock time on a date in the zone, as an instant; 24:00 is the next day's midnight. */
function instant(date: string, hhmm: string, timeZone: string): Date {
  const [y, m, d] = parts(date);
  return new Date(new TZDate(y, m - 1, d, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5)), timeZone).getTime());
}
