// Map tile servers: an XYZ template such as OpenStreetMap's. Shared by the server (config and CSP)
// and the service worker (which requests to cache).

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The origin(s) a template loads from; `{s}` stands for the subdomains a, b and c. */
export function tileOrigins(template: string): string[] {
  const origin = /^(https?:\/\/[^/]+)/.exec(template)?.[1];
  if (!origin) return [];
  return origin.includes('{s}') ? ['a', 'b', 'c'].map((s) => origin.replace('{s}', s)) : [origin];
}

/** A z/x/y tile image path (optionally @2x) on one of the origins. */
export function isTileUrl(url: URL, origins: ReadonlySet<string>): boolean {
  return origins.has(url.origin) && /\/\d+\/\d+\/\d+(@2x)?\.(png|jpe?g|webp)$/.test(url.pathname);
}
