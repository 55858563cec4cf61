// The deep link a poster's QR code carries: Mitmachen with a quarter preset. The manager area builds it,
// the feedback screen reads it; both go through here so the two can never disagree on its shape.

export const PARTICIPATE_PATH = '/mitmachen';
export const QUARTER_PARAM = 'quarter';

/** `https://host/mitmachen?quarter=<id>`; `origin` is where residents open the app (the manager's own origin). */
export function quarterLink(origin: string, quarterId: string): string {
  const url = new URL(PARTICIPATE_PATH, origin);
  url.searchParams.set(QUARTER_PARAM, quarterId);
  return url.toString();
}

/** The preset quarter id of a location's query string, or undefined when it has none (or only blanks). */
export function quarterFromSearch(search: string): string | undefined {
  const value = new URLSearchParams(search).get(QUARTER_PARAM)?.trim();
  return value ? value : undefined;
}

/** The query string without the preset, so a reload or a shared screenshot does not apply it again. */
export function searchWithoutQuarter(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(QUARTER_PARAM);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/** The link as printed under the QR code: without the scheme, which nobody types. */
export function printableLink(link: string): string {
  return link.replace(/^https?:\/\//, '');
}
