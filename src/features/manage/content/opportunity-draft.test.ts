import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../shared/directory';
import { emptyOpportunityDraft, opportunityDraft, opportunityFromDraft } from './opportunity-draft';

const opportunity: Opportunity = {
  id: 'lesepaten',
  title: { de: 'Lesepatenschaft', en: 'Reading mentor' },
  organisation: 'Stadtteilbibliothek',
  quarterId: 'herrenberg',
  location: { lat: 50.95, lng: 11.05 },
  locationPrecision: 'exact',
  commitment: { type: 'regular', hoursPerWeek: 2 },
  dates: [],
  skills: ['tutoring'],
  suitableFor: ['everyone'],
  languages: ['de'],
  contact: { email: 'lesen@example.org' },
  description: { de: 'Vorlesen', en: 'Reading aloud' },
  source: { urls: [], lastChecked: '2024-05-01' },
  sample: true,
};

describe('opportunity form ↔ shared schema', () => {
  it('round-trips an opportunity', () => {
    expect(opportunityFromDraft(opportunityDraft(opportunity))).toEqual({ ok: true, opportunity });
  });

  it('asks for a place and for the precision of a location', () => {
    const empty = { ...emptyOpportunityDraft('2024-05-01'), id: 'x', titleDe: 'T', titleEn: 'T', organisation: 'O', descriptionDe: 'D', descriptionEn: 'D', sample: true };
    expect(opportunityFromDraft(empty)).toMatchObject({ ok: false, errors: { quarterId: 'manage-content:errors.needPlace' } });
    expect(opportunityFromDraft({ ...empty, lat: '50.9', lng: '11' })).toMatchObject({ ok: false, errors: { locationPrecision: 'manage-content:errors.needPrecision' } });
    expect(opportunityFromDraft({ ...empty, quarterId: 'altstadt' }).ok).toBe(true);
  });
});
