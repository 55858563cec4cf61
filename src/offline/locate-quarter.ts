import type { QuarterMatch } from '../shared/quarter-of';
import type { GeoLocation } from '../shared/submission';
import { readCatalog, refreshCatalog } from './catalog';
import { getDatabase, type QsDatabase } from './db';
import type { FetchLike } from './http';

// The device's position, asked for only when the resident presses a button, and the quarter it
// lies in — computed on the device against the cached polygons, so it works offline.

export const POSITION_TIMEOUT_MS = 15_000;

export type PositionResult =
  | { kind: 'found'; location: GeoLocation }
  | { kind: 'failed'; reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported' };

type Geolocation = Pick<globalThis.Geolocation, 'getCurrentPosition'>;

export function currentPosition(
  geolocation: Geolocation | undefined = globalThis.navigator?.geolocation,
  timeoutMs = POSITION_TIMEOUT_MS,
): Promise<PositionResult> {
  if (!geolocation) return Promise.resolve({ kind: 'failed', reason: 'unsupported' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      (position) =>
        resolve({
          kind: 'found',
          location: {
            lat: position.coords.latitude,
            lng: position.coords.longitude,
            ...(Number.isFinite(position.coords.accuracy) ? { accuracy: Math.round(position.coords.accuracy) } : {}),
          },
        }),
      (error) =>
        resolve({
          kind: 'failed',
          // GeolocationPositionError codes: 1 denied, 2 unavailable, 3 timeout.
          reason: error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable',
        }),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}

export type QuarterLocation =
  | { kind: 'match'; match: QuarterMatch; location: GeoLocation }
  | { kind: 'failed'; reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported' | 'no_quarters' };

export async function locateQuarter(
  options: { db?: QsDatabase; geolocation?: Geolocation; timeoutMs?: number; fetchImpl?: FetchLike } = {},
): Promise<QuarterLocation> {
  const db = options.db ?? getDatabase();
  // The start page fetches the boundaries without waiting for them; pressed before they arrived, ask once more.
  const quarters = (await readCatalog('quarters', db)) ?? ((await refreshCatalog('quarters', db, options.fetchImpl)) ? await readCatalog('quarters', db) : undefined);
  if (!quarters) return { kind: 'failed', reason: 'no_quarters' };
  // The geometry code (turf) is fetched while the device looks for its position, not with the start screen.
  const geometry = import('../shared/quarter-of').then(
    (module) => module.quarterOf,
    () => undefined,
  );
  const position = await currentPosition(options.geolocation ?? globalThis.navigator?.geolocation, options.timeoutMs);
  if (position.kind === 'failed') return position;
  const quarterOf = await geometry;
  // Offline in the first seconds of a first visit, before the worker cached it: the list is the way on.
  if (!quarterOf) return { kind: 'failed', reason: 'unavailable' };
  return { kind: 'match', match: quarterOf(quarters, position.location), location: position.location };
}
