import { z } from 'zod';
import { centreSchema, type Centre, type CentreKind, type LocationPrecision, type OfferTag, type Wheelchair } from '../../../shared/directory';
import {
  emptySharedDraft,
  hoursDraft,
  hoursFromDraft,
  optionalLocalised,
  pointDraft,
  pointFrom,
  sharedDraft,
  sharedFromDraft,
  type HoursDraft,
  type LocalisedDraft,
  type PointDraft,
  type SharedDraft,
} from './content-form';

/** A centre as the form holds it: strings and lists, converted and checked only on save. */
export interface CentreDraft extends SharedDraft {
  id: string;
  name: string;
  kind: CentreKind;
  quarterId: string;
  address: string;
  location: PointDraft;
  locationPrecision: LocationPrecision;
  hours: HoursDraft;
  accessibility: { wheelchair: Wheelchair; note: LocalisedDraft };
  offers: OfferTag[];
  operator: string;
  /** Parts the form does not edit (other languages, status note, source note, hour exceptions), kept as they were. */
  original?: Centre;
}

export function emptyCentreDraft(today: string, quarterId = ''): CentreDraft {
  return {
    ...emptySharedDraft(today), id: '', name: '', kind: 'neighbourhood_centre', quarterId, address: '', location: pointDraft(undefined),
    locationPrecision: 'address', hours: hoursDraft(undefined), accessibility: { wheelchair: 'unknown', note: { de: '', en: '' } }, offers: [], operator: '',
  };
}

export function centreDraft(c: Centre): CentreDraft {
  return {
    ...sharedDraft(c), id: c.id, name: c.name, kind: c.kind, quarterId: c.quarterId, address: c.address ?? '', location: pointDraft(c.location),
    locationPrecision: c.locationPrecision, hours: hoursDraft(c.hours),
    accessibility: { wheelchair: c.accessibility.wheelchair, note: { de: c.accessibility.note?.de ?? '', en: c.accessibility.note?.en ?? '' } },
    offers: [...c.offers], operator: c.operator ?? '', original: c,
  };
}

/** The draft as an entry, before the schema has its say (so it may well not be one yet). */
function centreCandidate(d: CentreDraft): unknown {
  const o = d.original;
  const hours = hoursFromDraft(d.hours, o?.hours);
  const note = optionalLocalised(d.accessibility.note, o?.accessibility.note);
  return {
    ...sharedFromDraft(d, o),
    id: d.id.trim(),
    name: d.name,
    kind: d.kind,
    quarterId: d.quarterId,
    ...(d.address.trim() ? { address: d.address } : {}),
    location: pointFrom(d.location),
    locationPrecision: d.locationPrecision,
    ...(hours ? { hours } : {}),
    accessibility: { wheelchair: d.accessibility.wheelchair, ...(note ? { note } : {}) },
    offers: d.offers,
    ...(d.operator.trim() ? { operator: d.operator } : {}),
    ...(o?.statusNote ? { statusNote: o.statusNote } : {}),
  };
}

/** What the centre form validates with: its draft in, a valid centre (the shared schema's) out. */
export const centreFormSchema = z.custom<CentreDraft>().transform(centreCandidate).pipe(centreSchema);
