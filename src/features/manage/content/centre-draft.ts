import { centreSchema, type Centre, type CentreKind, type LocationPrecision, type OfferTag, type Wheelchair } from '../../../shared/directory';
import { contactFrom, fieldErrors, hoursDraft, hoursFromDraft, optionalLocalised, localised, pointFrom, sourceFrom, splitList, type HoursDraft } from './content-form';

/** A centre as the form holds it: strings and lists, converted and checked only on save. */
export interface CentreDraft {
  id: string;
  name: string;
  kind: CentreKind;
  quarterId: string;
  address: string;
  lat: string;
  lng: string;
  locationPrecision: LocationPrecision;
  hours: HoursDraft;
  phone: string;
  email: string;
  web: string;
  wheelchair: Wheelchair;
  accessibilityDe: string;
  accessibilityEn: string;
  offers: OfferTag[];
  languages: string;
  descriptionDe: string;
  descriptionEn: string;
  operator: string;
  sourceUrls: string;
  lastChecked: string;
  sample: boolean;
  /** Parts the form does not edit (other languages, status note, source note), kept as they were. */
  original?: Centre;
}

export function emptyCentreDraft(today: string, quarterId = ''): CentreDraft {
  return {
    id: '', name: '', kind: 'neighbourhood_centre', quarterId, address: '', lat: '', lng: '', locationPrecision: 'address',
    hours: hoursDraft(undefined), phone: '', email: '', web: '', wheelchair: 'unknown', accessibilityDe: '', accessibilityEn: '',
    offers: [], languages: 'de', descriptionDe: '', descriptionEn: '', operator: '', sourceUrls: '', lastChecked: today, sample: false,
  };
}

export function centreDraft(c: Centre): CentreDraft {
  return {
    id: c.id, name: c.name, kind: c.kind, quarterId: c.quarterId, address: c.address ?? '', lat: String(c.location.lat), lng: String(c.location.lng),
    locationPrecision: c.locationPrecision, hours: hoursDraft(c.hours), phone: c.contact.phone ?? '', email: c.contact.email ?? '', web: c.contact.web ?? '',
    wheelchair: c.accessibility.wheelchair, accessibilityDe: c.accessibility.note?.de ?? '', accessibilityEn: c.accessibility.note?.en ?? '',
    offers: [...c.offers], languages: c.languages.join(', '), descriptionDe: c.description.de, descriptionEn: c.description.en,
    operator: c.operator ?? '', sourceUrls: c.source.urls.join('\n'), lastChecked: c.source.lastChecked, sample: c.sample, original: c,
  };
}

/** The draft as the shared schema sees it: a valid centre, or errors keyed by field path. */
export function centreFromDraft(d: CentreDraft): { ok: true; centre: Centre } | { ok: false; errors: Record<string, string> } {
  const o = d.original;
  const hours = hoursFromDraft(d.hours);
  const note = optionalLocalised(d.accessibilityDe, d.accessibilityEn, o?.accessibility.note);
  const candidate = {
    id: d.id.trim(),
    name: d.name,
    kind: d.kind,
    quarterId: d.quarterId,
    ...(d.address.trim() ? { address: d.address } : {}),
    location: pointFrom(d.lat, d.lng),
    locationPrecision: d.locationPrecision,
    ...(hours ? { hours } : {}),
    contact: contactFrom(d),
    accessibility: { wheelchair: d.wheelchair, ...(note ? { note } : {}) },
    offers: d.offers,
    languages: splitList(d.languages),
    description: localised(d.descriptionDe, d.descriptionEn, o?.description),
    ...(d.operator.trim() ? { operator: d.operator } : {}),
    ...(o?.statusNote ? { statusNote: o.statusNote } : {}),
    source: sourceFrom(d.sourceUrls, d.lastChecked, o?.source),
    sample: d.sample,
  };
  const parsed = centreSchema.safeParse(candidate);
  return parsed.success ? { ok: true, centre: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}
