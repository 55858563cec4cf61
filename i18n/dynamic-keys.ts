import { MAP_TEXT_KEYS } from '../src/map/map-labels';
import { ERROR_CODES } from '../src/shared/api-error';

// Keys that src builds at run time, so the "every key is used" check cannot see them in the source.
// Each entry names where it is built; a new template-literal key belongs here.

/** Errors the client makes itself (src/offline/http.ts), beside the API's codes. */
export const CLIENT_ERROR_CODES = ['quota', 'offline', 'network'];

export const DYNAMIC_KEYS: readonly string[] = [
  // src/features/submissions/item-text.ts and src/ui: t(`errors:${code}`) for every code the API or the client sends.
  ...[...ERROR_CODES, ...CLIENT_ERROR_CODES].map((code) => `errors:${code}`),
  // src/map/map-labels.ts: every map's words, from DiscoverMap, FeedMap and ManageMap's namespaces.
  ...['discover', 'proposals', 'manage'].flatMap((ns) => MAP_TEXT_KEYS.map((key) => `${ns}:map.${key}`)),
];
