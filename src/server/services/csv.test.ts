import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv';

describe('csvCell', () => {
  it('quotes separators, quotes, line breaks and edge spaces, and leaves plain text alone', () => {
    expect(csvCell('Müll am Spielplatz')).toBe('Müll am Spielplatz');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('sagt "hallo"')).toBe('"sagt ""hallo"""');
    expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvCell(' eingerückt')).toBe('" eingerückt"');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
  });

  it('defuses formulas in text but keeps numbers numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`)).toMatch(/^"?'/);
    expect(csvCell(-3.5)).toBe('-3,5');
    expect(csvCell(-3.5, ',')).toBe('-3.5');
    expect(csvCell(50956)).toBe('50956');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('ends rows with CRLF', () => {
    expect(csvRow(['a', 1, null])).toBe('a;1;\r\n');
  });
});
