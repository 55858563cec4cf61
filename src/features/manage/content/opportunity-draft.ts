import { z } from 'zod';
import { opportunitySchema, type CommitmentType, type LocationPrecision, type Opportunity, type Skill, type SuitableFor } from '../../../shared/directory';
import {
  emptySharedDraft,
  localised,
  parseDecimal,
  pointDraft,
  pointFrom,
  sharedDraft,
  sharedFromDraft,
  type LocalisedDraft,
  type PointDraft,
  type SharedDraft,
} from './content-form';

/** A volunteer opportunity as the form holds it. Event dates are kept as they were (not edited here). */
export interface OpportunityDraft extends SharedDraft {
  id: string;
  title: LocalisedDraft;
  organisation: string;
  centreId: string;
  quarterId: string;
  location: PointDraft;
  locationPrecision: LocationPrecision | '';
  commitment: { type: CommitmentType; hoursPerWeek: string };
  skills: Skill[];
  suitableFor: SuitableFor[];
  original?: Opportunity;
}

export function emptyOpportunityDraft(today: string, quarterId = ''): OpportunityDraft {
  return {
    ...emptySharedDraft(today), id: '', title: { de: '', en: '' }, organisation: '', centreId: '', quarterId, location: pointDraft(undefined),
    locationPrecision: '', commitment: { type: 'regular', hoursPerWeek: '' }, skills: [], suitableFor: [],
  };
}

export function opportunityDraft(o: Opportunity): OpportunityDraft {
  return {
    ...sharedDraft(o), id: o.id, title: { de: o.title.de, en: o.title.en }, organisation: o.organisation, centreId: o.centreId ?? '',
    quarterId: o.quarterId ?? '', location: pointDraft(o.location), locationPrecision: o.locationPrecision ?? '',
    commitment: { type: o.commitment.type, hoursPerWeek: o.commitment.hoursPerWeek !== undefined ? String(o.commitment.hoursPerWeek) : '' },
    skills: [...o.skills], suitableFor: [...o.suitableFor], original: o,
  };
}

/** The draft as an entry, before the schema has its say (so it may well not be one yet). */
function opportunityCandidate(d: OpportunityDraft): unknown {
  const o = d.original;
  const location = pointFrom(d.location);
  const hours = parseDecimal(d.commitment.hoursPerWeek);
  return {
    ...sharedFromDraft(d, o),
    id: d.id.trim(),
    title: localised(d.title, o?.title),
    organisation: d.organisation,
    ...(d.centreId ? { centreId: d.centreId } : {}),
    ...(d.quarterId ? { quarterId: d.quarterId } : {}),
    // A half-typed point is an error, not "no place".
    ...(location ? { location } : d.location.lat.trim() || d.location.lng.trim() ? { location: null } : {}),
    ...(d.locationPrecision ? { locationPrecision: d.locationPrecision } : {}),
    commitment: { type: d.commitment.type, ...(hours !== undefined ? { hoursPerWeek: hours } : {}) },
    dates: o?.dates ?? [],
    skills: d.skills,
    suitableFor: d.suitableFor,
  };
}

/** What the opportunity form validates with: its draft in, a valid opportunity (the shared schema's) out. */
export const opportunityFormSchema = z.custom<OpportunityDraft>().transform(opportunityCandidate).pipe(opportunitySchema);
