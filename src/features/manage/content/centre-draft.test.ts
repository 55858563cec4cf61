import { describe, expect, it } from 'vitest';
import type { Centre } from '../../../shared/directory';
import { messageAt, schemaResolver } from '../common/form-resolver';
import { centreDraft, centreFormSchema, emptyCentreDraft, type CentreDraft } from './centre-draft';
import { contentIssueKey, parseDecimal, splitList } from './content-form';

const centre: Centre = {
  id: 'haus-am-berg',
  name: 'Haus am Berg',
  kind: 'neighbourhood_centre',
  quarterId: 'herrenberg',
  address: 'Bergstraße 1, 99099 Erfurt',
  location: { lat: 50.95, lng: 11.05 },
  locationPrecision: 'address',
  hours: { weekly: [{ days: [1, 3], opens: '09:00', closes: '12:00' }], holidays: 'closed', exceptions: [{ date: '2024-12-24', intervals: [] }] },
  contact: { phone: '+49 361 123', email: 'haus@example.org' },
  accessibility: { wheelchair: 'limited', note: { de: 'Rampe', en: 'Ramp', ar: 'منحدر' } },
  offers: ['cafe'],
  languages: ['de', 'ar'],
  description: { de: 'Treffpunkt', en: 'Meeting place', uk: 'Місце' },
  statusNote: { de: 'Adresse von 2014', en: 'Address from 2014' },
  source: { urls: ['https://example.org'], lastChecked: '2024-05-01' },
  sample: false,
};

const resolver = schemaResolver(centreFormSchema, contentIssueKey);

/** The form's verdict on a draft, as the editor sees it: the checked centre, or messages by field. */
async function check(draft: CentreDraft) {
  return resolver(draft, undefined, { fields: {}, shouldUseNativeValidation: false });
}

describe('centre form ↔ shared schema', () => {
  it('round-trips a centre unchanged, keeping what the form does not edit', async () => {
    expect(await check(centreDraft(centre))).toEqual({ values: centre, errors: {} });
  });

  it('reports missing fields and the schema’s own rules at the field they belong to', async () => {
    const draft = emptyCentreDraft('2024-05-01');
    const { errors } = await check({ ...draft, id: 'Bad Id', location: { lat: 'x', lng: '' } });
    expect(messageAt(errors, 'id')).toBe('manage-content:errors.slug');
    expect(messageAt(errors, 'name')).toBe('manage:form.required');
    expect(messageAt(errors, 'quarterId')).toBe('manage:form.required');
    expect(messageAt(errors, 'location')).toBe('manage:form.required');
    expect(messageAt(errors, 'description.de')).toBe('manage:form.required');
    expect(messageAt(errors, 'contact.email')).toBeUndefined();
    const bad = await check({ ...centreDraft(centre), contact: { phone: 'call me', email: 'nope', web: 'ftp://x' } });
    expect(messageAt(bad.errors, 'contact.phone')).toBe('manage-content:errors.phone');
    expect(messageAt(bad.errors, 'contact.email')).toBe('manage:form.email');
    expect(messageAt(bad.errors, 'contact.web')).toBe('manage-content:errors.url');
  });

  it('needs a source for real entries but not for samples, and closing after opening', async () => {
    const draft = { ...centreDraft(centre), source: { urls: '', lastChecked: '2024-05-01' } };
    expect(messageAt((await check(draft)).errors, 'source.urls')).toBe('manage-content:errors.needSource');
    expect((await check({ ...draft, sample: true })).errors).toEqual({});
    const late = centreDraft(centre);
    late.hours = { ...late.hours, weekly: [{ days: [1], opens: '12:00', closes: '09:00' }] };
    expect(messageAt((await check(late)).errors, 'hours.weekly.0.closes')).toBe('manage-content:errors.closesAfterOpens');
  });

  it('reads decimals with comma or point and lists with any separator', () => {
    expect(parseDecimal('50,97')).toBe(50.97);
    expect(parseDecimal(' 11.03 ')).toBe(11.03);
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('abc')).toBeUndefined();
    expect(splitList('de, EN;ar  de')).toEqual(['de', 'en', 'ar']);
  });
});
