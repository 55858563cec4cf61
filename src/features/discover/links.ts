import type { Point } from '../../shared/directory';

// Links that hand over to other apps: phone, mail, maps. Pure, tested.

/** Directions in the phone's map app. With an address, the app searches for it (Android honours `q`). */
export function geoLink(location: Point, address?: string): string {
  const base = `geo:${location.lat},${location.lng}`;
  return address ? `${base}?q=${encodeURIComponent(address)}` : base;
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
