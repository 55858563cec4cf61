import { describe, expect, it } from 'vitest';
import { holidayDates } from './holidays';
import { localDate, openingHoursSchema, openState, weeklyTable, type OpeningHours } from './opening-hours';

const TH = holidayDates('TH', [2026, 2027]);
const NONE = new Set<string>();

const weekdays9to15: OpeningHours = openingHoursSchema.parse({
  weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '15:00' }],
});

const at = (iso: string) => new Date(iso);
const iso = (date: Date | undefined) => date?.toISOString();

describe('openState in Europe/Berlin', () => {
  it('is unknown without hours', () => {
    expect(openState(undefined, at('2026-06-03T10:00:00Z'), TH)).toEqual({ kind: 'unknown', why: 'no_hours' });
  });

  it('is open inside an interval and says when it closes (summer time, UTC+2)', () => {
    const state = openState(weekdays9to15, at('2026-06-03T07:00:00Z'), TH); // Wed 09:00 CEST
    expect(state.kind).toBe('open');
    expect(state.kind === 'open' && iso(state.closesAt)).toBe('2026-06-03T13:00:00.000Z');
    expect(openState(weekdays9to15, at('2026-06-03T06:59:00Z'), TH).kind).toBe('closed');
    expect(openState(weekdays9to15, at('2026-06-03T13:00:00Z'), TH).kind).toBe('closed'); // closing minute
  });

  it('uses winter time (UTC+1) in winter', () => {
    expect(openState(weekdays9to15, at('2026-12-02T08:00:00Z'), TH).kind).toBe('open'); // 09:00 CET
    expect(openState(weekdays9to15, at('2026-12-02T07:59:00Z'), TH).kind).toBe('closed');
  });

  it('crosses the spring switch: Saturday evening in CET opens Monday 09:00 CEST', () => {
    // DST starts Sun 29 March 2026, 02:00 CET → 03:00 CEST.
    const state = openState(weekdays9to15, at('2026-03-28T19:00:00Z'), TH);
    expect(state).toEqual({ kind: 'closed', opensAt: new Date('2026-03-30T07:00:00Z') });
    expect(openState(weekdays9to15, at('2026-03-27T13:59:00Z'), TH).kind).toBe('open'); // Fri 14:59 CET
    expect(openState(weekdays9to15, at('2026-03-27T14:00:00Z'), TH).kind).toBe('closed'); // Fri 15:00 CET
  });

  it('crosses the autumn switch: opens Monday 09:00 CET after summer time ended', () => {
    // DST ends Sun 25 October 2026, 03:00 CEST → 02:00 CET.
    const state = openState(weekdays9to15, at('2026-10-24T20:00:00Z'), TH);
    expect(state).toEqual({ kind: 'closed', opensAt: new Date('2026-10-26T08:00:00Z') });
  });

  it('handles an interval that spans the switch night itself', () => {
    const night = openingHoursSchema.parse({ weekly: [{ days: [7], opens: '01:00', closes: '04:00' }] });
    // 29 March 2026: 01:00 CET = 00:00Z, 04:00 CEST = 02:00Z — only two real hours.
    const spring = openState(night, at('2026-03-29T01:30:00Z'), NONE); // 03:30 CEST
    expect(spring.kind === 'open' && iso(spring.closesAt)).toBe('2026-03-29T02:00:00.000Z');
    expect(openState(night, at('2026-03-28T23:59:00Z'), NONE).kind).toBe('closed'); // 00:59 CET
    // 25 October 2026: 01:00 CEST = 23:00Z the day before, 04:00 CET = 03:00Z — four real hours.
    const autumn = openState(night, at('2026-10-25T00:30:00Z'), NONE); // 02:30 CEST (first pass)
    expect(autumn.kind === 'open' && iso(autumn.closesAt)).toBe('2026-10-25T03:00:00.000Z');
    expect(openState(night, at('2026-10-25T02:30:00Z'), NONE).kind).toBe('open'); // 03:30 CET
  });

  it('is closed on a Thuringian holiday and points to the next working day', () => {
    // Reformationstag, Fri 31 October 2025 is a holiday in Thuringia (not in Bavaria).
    const th = holidayDates('TH', [2025]);
    const state = openState(weekdays9to15, at('2025-10-31T09:00:00Z'), th);
    expect(state).toEqual({ kind: 'closed', why: 'holiday', opensAt: new Date('2025-11-03T08:00:00Z') });
    expect(openState(weekdays9to15, at('2025-10-31T09:00:00Z'), holidayDates('BY', [2025])).kind).toBe('open');
  });

  it('knows Weltkindertag (20 September) is a holiday only in Thuringia', () => {
    // Mon 20 September 2027.
    expect(openState(weekdays9to15, at('2027-09-20T08:00:00Z'), TH)).toMatchObject({ kind: 'closed', why: 'holiday' });
    expect(openState(weekdays9to15, at('2027-09-20T08:00:00Z'), holidayDates('SN', [2027])).kind).toBe('open');
  });

  it('does not treat Fronleichnam as a holiday in Thuringia', () => {
    expect(TH.has('2026-06-04')).toBe(false);
    expect(openState(weekdays9to15, at('2026-06-04T08:00:00Z'), TH).kind).toBe('open');
  });

  it('combines Easter Monday with the DST switch the day before (2027)', () => {
    // Sun 28 March 2027 DST starts; Mon 29 March 2027 is Ostermontag; Tue 30 March opens 09:00 CEST.
    const state = openState(weekdays9to15, at('2027-03-27T12:00:00Z'), TH);
    expect(state).toEqual({ kind: 'closed', opensAt: new Date('2027-03-30T07:00:00Z') });
  });

  it('says "unknown" on a holiday when nobody knows whether the place opens', () => {
    const unsure = openingHoursSchema.parse({ ...weekdays9to15, holidays: 'unknown' });
    expect(openState(unsure, at('2026-10-31T10:00:00Z'), TH)).toEqual({ kind: 'unknown', why: 'holiday' });
    // The day before a holiday: "opens at" cannot look past the unknown day.
    expect(openState(unsure, at('2026-12-24T16:00:00Z'), TH)).toEqual({ kind: 'closed' });
  });

  it('keeps weekly hours on holidays when the place opens anyway', () => {
    const always = openingHoursSchema.parse({ ...weekdays9to15, holidays: 'open' });
    expect(openState(always, at('2026-10-30T08:00:00Z'), TH).kind).toBe('open');
  });

  it('lets special dates win over weekly hours and holidays', () => {
    const special = openingHoursSchema.parse({
      ...weekdays9to15,
      exceptions: [
        { date: '2026-12-24', intervals: [{ opens: '09:00', closes: '12:00' }] },
        { date: '2026-12-26', intervals: [{ opens: '14:00', closes: '17:00' }] },
        { date: '2026-12-28' },
      ],
    });
    const christmasEve = openState(special, at('2026-12-24T10:00:00Z'), TH); // Thu 11:00 CET
    expect(christmasEve.kind === 'open' && iso(christmasEve.closesAt)).toBe('2026-12-24T11:00:00.000Z');
    // After 12:00 on the 24th: 25th is a holiday (closed), 26th (holiday, Saturday) opens by exception.
    expect(openState(special, at('2026-12-24T12:00:00Z'), TH)).toEqual({
      kind: 'closed',
      why: 'exception',
      opensAt: new Date('2026-12-26T13:00:00Z'),
    });
    // Mon 28 closed by exception; next is Tue 29 09:00.
    expect(openState(special, at('2026-12-28T10:00:00Z'), TH)).toEqual({
      kind: 'closed',
      why: 'exception',
      opensAt: new Date('2026-12-29T08:00:00Z'),
    });
  });

  it('finds a later interval on the same day (lunch break)', () => {
    const split = openingHoursSchema.parse({
      weekly: [
        { days: [2, 4], opens: '14:00', closes: '18:00' },
        { days: [2, 4], opens: '09:00', closes: '12:00' },
      ],
    });
    expect(openState(split, at('2026-06-02T10:30:00Z'), TH)).toEqual({ kind: 'closed', opensAt: new Date('2026-06-02T12:00:00Z') });
    const evening = openState(split, at('2026-06-02T12:00:00Z'), TH);
    expect(evening.kind === 'open' && iso(evening.closesAt)).toBe('2026-06-02T16:00:00.000Z');
  });

  it('treats 24:00 as the next midnight', () => {
    const late = openingHoursSchema.parse({ weekly: [{ days: [6], opens: '18:00', closes: '24:00' }] });
    const state = openState(late, at('2026-07-04T20:00:00Z'), NONE); // Sat 22:00 CEST
    expect(state.kind === 'open' && iso(state.closesAt)).toBe('2026-07-04T22:00:00.000Z');
  });

  it('is closed with no next opening when nothing opens within two weeks', () => {
    const never = openingHoursSchema.parse({ weekly: [] });
    expect(openState(never, at('2026-07-04T20:00:00Z'), NONE)).toEqual({ kind: 'closed' });
  });

  it('does not depend on the time zone of the machine', () => {
    // The instant is all that matters; 23:30Z on 31 Dec is already 1 January (a holiday) in Berlin.
    expect(localDate(at('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(openState(weekdays9to15, at('2026-12-31T23:30:00Z'), TH)).toMatchObject({ kind: 'closed', why: 'holiday' });
  });
});

describe('opening hours schema', () => {
  it('rejects overnight and malformed intervals', () => {
    expect(openingHoursSchema.safeParse({ weekly: [{ days: [1], opens: '22:00', closes: '02:00' }] }).success).toBe(false);
    expect(openingHoursSchema.safeParse({ weekly: [{ days: [1], opens: '9:00', closes: '12:00' }] }).success).toBe(false);
    expect(openingHoursSchema.safeParse({ weekly: [{ days: [8], opens: '09:00', closes: '12:00' }] }).success).toBe(false);
  });

  it('builds a Monday-first weekly table', () => {
    const table = weeklyTable(weekdays9to15);
    expect(table.map((row) => row.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(table[0]?.intervals).toEqual([{ opens: '09:00', closes: '15:00' }]);
    expect(table[6]?.intervals).toEqual([]);
  });
});
