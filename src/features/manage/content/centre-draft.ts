import { z } from 'zod';
import { centreSchema, type Centre, type CentreKind, type LocationPrecision, type OfferTag, type Wheelchair } from '../../../shared/directory';
import {
  contactDraft,
  contactFrom,
  hoursDraft,
  hoursFromDraft,
  localised,
  optionalLocalised,
  pointDraft,
  pointFrom,
  sourceDraft,
  sourceFrom,
  splitList,
  type ContactDraft,
  type HoursDraft,
  type LocalisedDraft,
  type PointDraft,
  type SourceDraft,
} from './content-form';

/** A centre as the form holds it: strings and lists, converted and checked only on save. */
export interface CentreDraft {
  id: string;
  name: string;
  kind: CentreKind;
  quarterId: string;
  address: string;
  location: PointDraft;
  locationPrecision: LocationPrecision;
  hours: HoursDraft;
  contact: ContactDraft;
  accessibility: { wheelchair: Wheelchair; note: LocalisedDraft };
  offers: OfferTag[];
  languages: string;
  description: LocalisedDraft;
  operator: string;
  source: SourceDraft;
  sample: boolean;
  /** Parts the form does not edit (other languages, status note, source note, hour exceptions), kept as they were. */
  original?: Centre;
}

export function emptyCentreDraft(today: string, quarterId = ''): CentreDraft {
  return {
    id: '', name: '', kind: 'neighbourhood_centre', quarterId, address: '', location: pointDraft(undefined), locationPrecision: 'address',
    hours: hoursDraft(undefined), contact: contactDraft({}), accessibility: { wheelchair: 'unknown', note: { de: '', en: '' } },
    offers: [], languages: 'de', description: { de: '', en: '' }, operator: '', source: sourceDraft(undefined, today), sample: false,
  };
}

export function centreDraft(c: Centre): CentreDraft {
  return {
    id: c.id, name: c.name, kind: c.kind, quarterId: c.quarterId, address: c.address ?? '', location: pointDraft(c.location),
    locationPrecision: c.locationPrecision, hours: hoursDraft(c.hours), contact: contactDraft(c.contact),
    accessibility: { wheelchair: c.accessibility.wheelchair, note: { de: c.accessibility.note?.de ?? '', en: c.accessibility.note?.en ?? '' } },
    offers: [...c.offers], languages: c.languages.join(', '), description: { de: c.description.de, en: c.description.en },
    operator: c.operator ?? '', source: sourceDraft(c.source, c.source.lastChecked), sample: c.sample, original: c,
  };
}

/** The draft as an entry, before the schema has its say (so it may well not be one yet). */
function centreCandidate(d: CentreDraft): unknown {
  const o = d.original;
  const hours = hoursFromDraft(d.hours, o?.hours);
  const note = optionalLocalised(d.accessibility.note, o?.accessibility.note);
  return {
    id: d.id.trim(),
    name: d.name,
    kind: d.kind,
    quarterId: d.quarterId,
    ...(d.address.trim() ? { address: d.address } : {}),
    location: pointFrom(d.location),
    locationPrecision: d.locationPrecision,
    ...(hours ? { hours } : {}),
    contact: contactFrom(d.contact),
    accessibility: { wheelchair: d.accessibility.wheelchair, ...(note ? { note } : {}) },
    offers: d.offers,
    languages: splitList(d.languages),
    description: localised(d.description, o?.description),
    ...(d.operator.trim() ? { operator: d.operator } : {}),
    ...(o?.statusNote ? { statusNote: o.statusNote } : {}),
    source: sourceFrom(d.source, o?.source),
    sample: d.sample,
  };
}

/** What the centre form validates with: its draft in, a valid centre (the shared schema's) out. */
export const centreFormSchema = z.custom<CentreDraft>().transform(centreCandidate).pipe(centreSchema);
