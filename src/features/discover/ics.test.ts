import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, fold, icsFileName, utc } from './ics';

const event = {
  uid: 'beispiel-stadtteilfest-0@quartiersstimme',
  title: 'Helfen beim Stadtteilfest',
  start: new Date('2027-05-22T14:00:00+02:00'),
  end: new Date('2027-05-22T18:00:00+02:00'),
  description: 'Auf- und Abbau, Kuchenstand; Kinderspiele.\nEine Schicht dauert etwa drei Stunden – bitte früh melden, damit wir planen können.',
  location: 'Herrenberg, Erfurt',
  url: 'https://example.org/entdecken/engagement/beispiel-stadtteilfest',
};

describe('buildIcs', () => {
  const text = buildIcs(event, new Date('2026-11-26T06:00:00Z'));
  const lines = text.split('\r\n');

  it('is a calendar with one event, CRLF line ends and a final CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('writes times in UTC: 14:00 summer time in Erfurt is 12:00Z', () => {
    expect(lines).toContain('DTSTART:20270522T120000Z');
    expect(lines).toContain('DTEND:20270522T160000Z');
    expect(lines).toContain('DTSTAMP:20261126T060000Z');
    expect(utc(new Date('2027-03-20T10:00:00+01:00'))).toBe('20270320T090000Z');
  });

  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Helfen beim Stadtteilfest');
    expect(unfolded).toContain('DESCRIPTION:Auf- und Abbau\\, Kuchenstand\\; Kinderspiele.\\nEine Schicht dauert etwa drei Stunden – bitte früh melden');
    expect(unfolded).toContain('LOCATION:Herrenberg\\, Erfurt');
  });

  it('leaves out what is not given', () => {
    const bare = buildIcs({ uid: 'x', title: 'T', start: event.start, end: event.end });
    expect(bare).not.toMatch(/DESCRIPTION|LOCATION|URL/);
  });
});

describe('ics helpers', () => {
  it('escapes backslashes first', () => {
    expect(escapeText('a\\b,c;d\r\ne')).toBe('a\\\\b\\,c\\;d\\ne');
  });

  it('folds by UTF-8 bytes: multi-byte characters stay whole', () => {
    const folded = fold(`SUMMARY:${'ä'.repeat(80)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'ä'.repeat(80)}`);
    expect(fold('short')).toBe('short');
  });

  it('names the file after the title and date', () => {
    expect(icsFileName('Bäume pflanzen am Moskauer Platz', new Date('2027-03-20T09:00:00Z'))).toBe('Baume-pflanzen-am-Moskauer-Platz-2027-03-20.ics');
  });
});
