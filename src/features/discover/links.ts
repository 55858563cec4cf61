import type { LocationPrecision, Point } from '../../shared/directory';

// Links that hand over to other apps: phone, mail, maps. Pure, tested.

/** Directions in the phone's map app. With an address, the app searches for it (Android honours `q`). */
export function geoLink(location: Point, address?: string): string {
  const base = `geo:${location.lat},${location.lng}`;
  return address ? `${base}?q=${encodeURIComponent(address)}` : base;
}

/**
 * Directions, when there is a place to go: the address (the map app searches for it) or a point known exactly.
 * A point that only stands for the quarter lies anywhere in it ("nicht an der Adresse"), so the map app would
 * guide the resident to the wrong street: no directions then.
 */
export function directionsLink(location: Point | undefined, precision: LocationPrecision | undefined, address?: string): string | undefined {
  if (!location) return undefined;
  if (address) return geoLink(location, address);
  return precision === 'exact' ? geoLink(location) : undefined;
}

/** The same place on openstreetmap.org: a search for the address, else a marker at the point. */
export function osmLink(location: Point, address?: string): string {
  if (address) return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
  const { lat, lng } = location;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=15/${lat}/${lng}`;
}

export function telLink(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

export function mailLink(email: string, subject?: string): string {
  return subject ? `mailto:${email}?subject=${encodeURIComponent(subject)}` : `mailto:${email}`;
}

// Distances are formatted by src/ui/format-distance.ts (Intl unit style), shared with the feedback form.
export { formatDistance } from '../../ui/format-distance';
