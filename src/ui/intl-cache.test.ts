import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from './intl-cache';

describe('dateTimeFormat', () => {
  it('returns the same formatter for the same locale and options, another for other ones', () => {
    const a = dateTimeFormat('de', { hour: '2-digit', minute: '2-digit' });
    expect(dateTimeFormat('de', { hour: '2-digit', minute: '2-digit' })).toBe(a);
    expect(dateTimeFormat('en', { hour: '2-digit', minute: '2-digit' })).not.toBe(a);
    expect(dateTimeFormat('de', { dateStyle: 'short' })).not.toBe(a);
    expect(a.format(Date.UTC(2026, 0, 1, 9, 5))).toMatch(/\d\d:05/);
  });
});
