import { LIMITS } from '../../shared/limits';
import { locationSchema, type GeoLocation } from '../../shared/submission';

// The optional parts both forms share (place, photos, contact): their draft shape, how a stored
// draft is read back defensively, and the fields they add to a submission. Their checks are the
// shared schema's (see form-check.ts).

export interface DraftPhoto {
  /** local key for React lists and the remove button; not the media id (that is made on send) */
  key: string;
  blob: Blob;
  type: string;
}

export interface PlaceDraft {
  location?: GeoLocation;
  /** how the point was set: the device's position or a pin on the map */
  source?: 'position' | 'map';
  /** free text ("Ecke Anger / Bahnhofstraße"), the way to say where without a map */
  description: string;
}

export interface ContactDraft {
  name: string;
  email: string;
}

export interface OptionalParts {
  place: PlaceDraft;
  photos: DraftPhoto[];
  contact: ContactDraft;
}

/** What both forms hold: where, about what, and the optional parts. */
export interface SharedDraft extends OptionalParts {
  quarterId: string;
  topicId: string;
}

export const EMPTY_PARTS: OptionalParts = { place: { description: '' }, photos: [], contact: { name: '', email: '' } };

export const PLACE_DESCRIPTION_MAX = 200;

/** The main text with the place description appended, the way a manager reads it. */
export function composeText(text: string, place: PlaceDraft, placePrefix: string): string {
  const description = place.description.trim();
  return description ? `${text.trim()}\n\n${placePrefix} ${description}` : text.trim();
}

export function partsFields(parts: OptionalParts): { location?: GeoLocation; contact?: { name?: string; email?: string } } {
  const name = parts.contact.name.trim();
  const email = parts.contact.email.trim();
  return {
    ...(parts.place.location ? { location: parts.place.location } : {}),
    ...(name || email ? { contact: { ...(name ? { name } : {}), ...(email ? { email } : {}) } } : {}),
  };
}

export function photosForEnqueue(parts: OptionalParts): { blob: Blob; type: string }[] {
  return parts.photos.map(({ blob, type }) => ({ blob, type }));
}

/** Counts what the resident filled in, so a collapsed section can say "1 photo" without opening. */
export function filledCount(parts: OptionalParts): { place: boolean; photos: number; contact: boolean } {
  return {
    place: parts.place.location !== undefined || parts.place.description.trim() !== '',
    photos: parts.photos.length,
    contact: parts.contact.name.trim() !== '' || parts.contact.email.trim() !== '',
  };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Reads the optional parts of a stored draft; anything of the wrong shape is dropped, not trusted. */
export function parseParts(value: Record<string, unknown>): Partial<OptionalParts> {
  const parts: Partial<OptionalParts> = {};
  const place = asRecord(value.place);
  if (place) {
    const location = locationSchema.safeParse(place.location);
    parts.place = {
      description: typeof place.description === 'string' ? place.description.slice(0, PLACE_DESCRIPTION_MAX) : '',
      ...(location.success ? { location: location.data } : {}),
      ...(location.success && (place.source === 'position' || place.source === 'map') ? { source: place.source } : {}),
    };
  }
  if (Array.isArray(value.photos)) {
    const photos = value.photos
      .map(asRecord)
      .filter((p): p is Record<string, unknown> => p !== undefined && p.blob instanceof Blob && typeof p.type === 'string')
      .slice(0, LIMITS.mediaPerItem)
      .map((p) => ({ key: typeof p.key === 'string' ? p.key : crypto.randomUUID(), blob: p.blob as Blob, type: p.type as string }));
    if (photos.length) parts.photos = photos;
  }
  const contact = asRecord(value.contact);
  if (contact) {
    parts.contact = {
      name: typeof contact.name === 'string' ? contact.name.slice(0, LIMITS.nameMax) : '',
      email: typeof contact.email === 'string' ? contact.email.slice(0, LIMITS.emailMax) : '',
    };
  }
  return parts;
}

/** What goes into the settings table: plain data and Blobs, which IndexedDB stores as they are. */
export function storedParts(parts: OptionalParts): Record<string, unknown> {
  return { place: parts.place, photos: parts.photos, contact: parts.contact };
}
