import { describe, expect, it } from 'vitest';
import type { Centre } from '../../../shared/directory';
import { centreDraft, centreFromDraft, emptyCentreDraft } from './centre-draft';
import { parseDecimal, splitList } from './content-form';

const centre: Centre = {
  id: 'haus-am-berg',
  name: 'Haus am Berg',
  kind: 'neighbourhood_centre',
  quarterId: 'herrenberg',
  address: 'Bergstraße 1, 99099 Erfurt',
  location: { lat: 50.95, lng: 11.05 },
  locationPrecision: 'address',
  hours: { weekly: [{ days: [1, 3], opens: '09:00', closes: '12:00' }], holidays: 'closed', exceptions: [] },
  contact: { phone: '+49 361 123', email: 'haus@example.org' },
  accessibility: { wheelchair: 'limited', note: { de: 'Rampe', en: 'Ramp', ar: 'منحدر' } },
  offers: ['cafe'],
  languages: ['de', 'ar'],
  description: { de: 'Treffpunkt', en: 'Meeting place', uk: 'Місце' },
  statusNote: { de: 'Adresse von 2014', en: 'Address from 2014' },
  source: { urls: ['https://example.org'], lastChecked: '2024-05-01' },
  sample: false,
};

describe('centre form ↔ shared schema', () => {
  it('round-trips a centre unchanged, keeping what the form does not edit', () => {
    const result = centreFromDraft(centreDraft(centre));
    expect(result).toEqual({ ok: true, centre });
  });

  it('reports missing fields and the schema’s own rules by path', () => {
    const result = centreFromDraft({ ...emptyCentreDraft('2024-05-01'), id: 'Bad Id', lat: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      id: 'manage-content:errors.slug',
      name: 'manage-content:errors.required',
      quarterId: 'manage-content:errors.required',
      location: 'manage-content:errors.required',
      'description.de': 'manage-content:errors.required',
    });
  });

  it('needs a source for real entries but not for samples, and closing after opening', () => {
    const draft = { ...centreDraft(centre), sourceUrls: '' };
    expect(centreFromDraft(draft)).toMatchObject({ ok: false, errors: { 'source.urls': 'manage-content:errors.needSource' } });
    expect(centreFromDraft({ ...draft, sample: true }).ok).toBe(true);
    const late = { ...centreDraft(centre) };
    late.hours = { ...late.hours, weekly: [{ days: [1], opens: '12:00', closes: '09:00' }] };
    expect(centreFromDraft(late)).toMatchObject({ ok: false, errors: { 'hours.weekly.0.closes': 'manage-content:errors.closesAfterOpens' } });
  });

  it('reads decimals with comma or point and lists with any separator', () => {
    expect(parseDecimal('50,97')).toBe(50.97);
    expect(parseDecimal(' 11.03 ')).toBe(11.03);
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('abc')).toBeUndefined();
    expect(splitList('de, EN;ar  de')).toEqual(['de', 'en', 'ar']);
  });
});
