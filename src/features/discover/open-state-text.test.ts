import { describe, expect, it } from 'vitest';
import { openStateText } from './open-state-text';

const t = (key: string, options?: Record<string, unknown>) => `${key}${options ? JSON.stringify(options) : ''}`;
const now = new Date('2026-12-02T20:30:00Z'); // Wed 21:30 in Erfurt

describe('openStateText', () => {
  it('says until when it is open, in Erfurt time', () => {
    expect(openStateText({ kind: 'open', closesAt: new Date('2026-12-02T21:00:00Z') }, now, 'de', t)).toEqual({
      tone: 'open',
      text: 'discover:open.openUntil{"time":"22:00"}',
    });
  });

  it('says today, tomorrow or the weekday of the next opening', () => {
    const today = openStateText({ kind: 'closed', opensAt: new Date('2026-12-02T22:00:00Z') }, now, 'de', t);
    expect(today.text).toBe('discover:open.closed · discover:open.opensToday{"time":"23:00"}');
    const tomorrow = openStateText({ kind: 'closed', opensAt: new Date('2026-12-03T08:00:00Z') }, now, 'de', t);
    expect(tomorrow.text).toBe('discover:open.closed · discover:open.opensTomorrow{"time":"09:00"}');
    const later = openStateText({ kind: 'closed', opensAt: new Date('2026-12-07T08:00:00Z'), why: 'holiday' }, now, 'de', t);
    expect(later.text).toBe('discover:open.closedHoliday · discover:open.opensOn{"day":"Montag, 7. Dezember","time":"09:00"}');
  });

  it('says when nothing is known', () => {
    expect(openStateText({ kind: 'unknown', why: 'no_hours' }, now, 'de', t)).toEqual({ tone: 'unknown', text: 'discover:open.unknown' });
    expect(openStateText({ kind: 'unknown', why: 'holiday' }, now, 'de', t).text).toBe('discover:open.holidayUnknown');
    expect(openStateText({ kind: 'closed' }, now, 'de', t).text).toBe('discover:open.closed');
  });
});
