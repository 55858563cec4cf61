import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../shared/directory';
import { messageAt, schemaResolver } from '../common/form-resolver';
import { contentIssueKey } from './content-form';
import { emptyOpportunityDraft, opportunityDraft, opportunityFormSchema, type OpportunityDraft } from './opportunity-draft';

const opportunity: Opportunity = {
  id: 'lesepaten',
  title: { de: 'Lesepatenschaft', en: 'Reading mentor' },
  organisation: 'Stadtteilbibliothek',
  quarterId: 'herrenberg',
  location: { lat: 50.95, lng: 11.05 },
  locationPrecision: 'exact',
  commitment: { type: 'regular', hoursPerWeek: 2 },
  dates: [{ start: '2024-06-01T10:00:00+02:00', end: '2024-06-01T12:00:00+02:00' }],
  skills: ['tutoring'],
  suitableFor: ['everyone'],
  languages: ['de'],
  contact: { email: 'lesen@example.org' },
  description: { de: 'Vorlesen', en: 'Reading aloud' },
  source: { urls: [], lastChecked: '2024-05-01' },
  sample: true,
};

const resolver = schemaResolver(opportunityFormSchema, contentIssueKey);
const check = (draft: OpportunityDraft) => resolver(draft, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('opportunity form ↔ shared schema', () => {
  it('round-trips an opportunity, its event dates included', async () => {
    expect(await check(opportunityDraft(opportunity))).toEqual({ values: opportunity, errors: {} });
  });

  it('asks for a place, for the precision of a location, and never takes half a point for none', async () => {
    const empty: OpportunityDraft = {
      ...emptyOpportunityDraft('2024-05-01'),
      id: 'x',
      title: { de: 'T', en: 'T' },
      organisation: 'O',
      description: { de: 'D', en: 'D' },
      sample: true,
    };
    expect(messageAt((await check(empty)).errors, 'quarterId')).toBe('manage-content:errors.needPlace');
    expect(messageAt((await check({ ...empty, location: { lat: '50.9', lng: '11' } })).errors, 'locationPrecision')).toBe('manage-content:errors.needPrecision');
    expect(messageAt((await check({ ...empty, quarterId: 'altstadt', location: { lat: '50.9', lng: '' } })).errors, 'location')).toBe('manage:form.required');
    expect((await check({ ...empty, quarterId: 'altstadt' })).errors).toEqual({});
  });
});
