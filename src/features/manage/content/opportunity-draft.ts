import { opportunitySchema, type CommitmentType, type LocationPrecision, type Opportunity, type Skill, type SuitableFor } from '../../../shared/directory';
import { contactFrom, fieldErrors, localised, parseDecimal, pointFrom, sourceFrom, splitList } from './content-form';

/** A volunteer opportunity as the form holds it. Event dates are kept as they were (not edited here). */
export interface OpportunityDraft {
  id: string;
  titleDe: string;
  titleEn: string;
  organisation: string;
  centreId: string;
  quarterId: string;
  lat: string;
  lng: string;
  locationPrecision: LocationPrecision | '';
  commitment: CommitmentType;
  hoursPerWeek: string;
  skills: Skill[];
  suitableFor: SuitableFor[];
  languages: string;
  phone: string;
  email: string;
  web: string;
  descriptionDe: string;
  descriptionEn: string;
  sourceUrls: string;
  lastChecked: string;
  sample: boolean;
  original?: Opportunity;
}

export function emptyOpportunityDraft(today: string, quarterId = ''): OpportunityDraft {
  return {
    id: '', titleDe: '', titleEn: '', organisation: '', centreId: '', quarterId, lat: '', lng: '', locationPrecision: '', commitment: 'regular',
    hoursPerWeek: '', skills: [], suitableFor: [], languages: 'de', phone: '', email: '', web: '', descriptionDe: '', descriptionEn: '',
    sourceUrls: '', lastChecked: today, sample: false,
  };
}

export function opportunityDraft(o: Opportunity): OpportunityDraft {
  return {
    id: o.id, titleDe: o.title.de, titleEn: o.title.en, organisation: o.organisation, centreId: o.centreId ?? '', quarterId: o.quarterId ?? '',
    lat: o.location ? String(o.location.lat) : '', lng: o.location ? String(o.location.lng) : '', locationPrecision: o.locationPrecision ?? '',
    commitment: o.commitment.type, hoursPerWeek: o.commitment.hoursPerWeek !== undefined ? String(o.commitment.hoursPerWeek) : '',
    skills: [...o.skills], suitableFor: [...o.suitableFor], languages: o.languages.join(', '), phone: o.contact.phone ?? '', email: o.contact.email ?? '',
    web: o.contact.web ?? '', descriptionDe: o.description.de, descriptionEn: o.description.en, sourceUrls: o.source.urls.join('\n'),
    lastChecked: o.source.lastChecked, sample: o.sample, original: o,
  };
}

export function opportunityFromDraft(d: OpportunityDraft): { ok: true; opportunity: Opportunity } | { ok: false; errors: Record<string, string> } {
  const o = d.original;
  const location = pointFrom(d.lat, d.lng);
  const hours = parseDecimal(d.hoursPerWeek);
  const candidate = {
    id: d.id.trim(),
    title: localised(d.titleDe, d.titleEn, o?.title),
    organisation: d.organisation,
    ...(d.centreId ? { centreId: d.centreId } : {}),
    ...(d.quarterId ? { quarterId: d.quarterId } : {}),
    ...(location ? { location } : d.lat.trim() || d.lng.trim() ? { location: null } : {}),
    ...(d.locationPrecision ? { locationPrecision: d.locationPrecision } : {}),
    commitment: { type: d.commitment, ...(hours !== undefined ? { hoursPerWeek: hours } : {}) },
    dates: o?.dates ?? [],
    skills: d.skills,
    suitableFor: d.suitableFor,
    languages: splitList(d.languages),
    contact: contactFrom(d),
    description: localised(d.descriptionDe, d.descriptionEn, o?.description),
    source: sourceFrom(d.sourceUrls, d.lastChecked, o?.source),
    sample: d.sample,
  };
  const parsed = opportunitySchema.safeParse(candidate);
  return parsed.success ? { ok: true, opportunity: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}
