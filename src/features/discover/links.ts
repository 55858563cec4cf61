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

/** "1,2 km" / "350 m" in the UI language. */
export function formatDistance(metres: number, language: string): string {
  if (metres < 1000) return `${new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(Math.round(metres / 10) * 10)} m`;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(metres / 1000)} km`;
}
