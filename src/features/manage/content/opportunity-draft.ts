import { z } from 'zod';
import { opportunitySchema, type CommitmentType, type LocationPrecision, type Opportunity, type Skill, type SuitableFor } from '../../../shared/directory';
import {
  contactDraft,
  contactFrom,
  localised,
  parseDecimal,
  pointDraft,
  pointFrom,
  sourceDraft,
  sourceFrom,
  splitList,
  type ContactDraft,
  type LocalisedDraft,
  type PointDraft,
  type SourceDraft,
} from './content-form';

/** A volunteer opportunity as the form holds it. Event dates are kept as they were (not edited here). */
export interface OpportunityDraft {
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
  languages: string;
  contact: ContactDraft;
  description: LocalisedDraft;
  source: SourceDraft;
  sample: boolean;
  original?: Opportunity;
}

export function emptyOpportunityDraft(today: string, quarterId = ''): OpportunityDraft {
  return {
    id: '', title: { de: '', en: '' }, organisation: '', centreId: '', quarterId, location: pointDraft(undefined), locationPrecision: '',
    commitment: { type: 'regular', hoursPerWeek: '' }, skills: [], suitableFor: [], languages: 'de', contact: contactDraft({}),
    description: { de: '', en: '' }, source: sourceDraft(undefined, today), sample: false,
  };
}

export function opportunityDraft(o: Opportunity): OpportunityDraft {
  return {
    id: o.id, title: { de: o.title.de, en: o.title.en }, organisation: o.organisation, centreId: o.centreId ?? '', quarterId: o.quarterId ?? '',
    location: pointDraft(o.location), locationPrecision: o.locationPrecision ?? '',
    commitment: { type: o.commitment.type, hoursPerWeek: o.commitment.hoursPerWeek !== undefined ? String(o.commitment.hoursPerWeek) : '' },
    skills: [...o.skills], suitableFor: [...o.suitableFor], languages: o.languages.join(', '), contact: contactDraft(o.contact),
    description: { de: o.description.de, en: o.description.en }, source: sourceDraft(o.source, o.source.lastChecked), sample: o.sample, original: o,
  };
}

/** The draft as an entry, before the schema has its say (so it may well not be one yet). */
function opportunityCandidate(d: OpportunityDraft): unknown {
  const o = d.original;
  const location = pointFrom(d.location);
  const hours = parseDecimal(d.commitment.hoursPerWeek);
  return {
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
    languages: splitList(d.languages),
    contact: contactFrom(d.contact),
    description: localised(d.description, o?.description),
    source: sourceFrom(d.source, o?.source),
    sample: d.sample,
  };
}

/** What the opportunity form validates with: its draft in, a valid opportunity (the shared schema's) out. */
export const opportunityFormSchema = z.custom<OpportunityDraft>().transform(opportunityCandidate).pipe(opportunitySchema);
