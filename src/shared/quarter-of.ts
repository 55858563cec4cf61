import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import { point } from '@turf/helpers';
import type { QuarterCollection, QuarterFeature } from './catalog';
import { compareGerman } from './collate';

/*
 * Which quarter is the resident in? Runs on the device against the cached polygons, offline.
 * The Erfurt boundaries are thinned (SOURCES.md): near a border a point can fall into no polygon or
 * two, and a GPS fix has an error radius. So the answer is "certain" only when the point is inside
 * exactly one quarter and further from its border than the fix's accuracy; otherwise the nearest
 * quarters are offered for the resident to choose.
 */

export interface NearbyQuarter {
  id: string;
  name: string;
  /** metres to the quarter's border; 0 when inside. */
  distanceM: number;
}

export type QuarterMatch =
  | { kind: 'inside'; quarter: NearbyQuarter }
  | { kind: 'uncertain'; reason: 'near_border' | 'overlap' | 'imprecise'; candidates: NearbyQuarter[] }
  | { kind: 'outside'; candidates: NearbyQuarter[] };

const CANDIDATES = 3;
/** Further than this from every quarter is "outside the city", not "near a border". */
const OUTSIDE_M = 2_000;

function borderDistanceM(feature: QuarterFeature, at: ReturnType<typeof point>): number {
  // Negative inside, positive outside (turf ≥ 7.1); we want the distance to the border either way.
  return Math.abs(pointToPolygonDistance(at, feature.geometry, { units: 'meters' }));
}

export function quarterOf(
  quarters: QuarterCollection,
  position: { lat: number; lng: number; accuracy?: number },
): QuarterMatch {
  const at = point([position.lng, position.lat]);
  const accuracy = position.accuracy ?? 0;
  const measured = quarters.features.map((feature) => {
    const inside = booleanPointInPolygon(at, feature.geometry);
    return {
      inside,
      quarter: { id: feature.properties.id, name: feature.properties.name, distanceM: 0 },
      border: borderDistanceM(feature, at),
    };
  });
  const containing = measured.filter((m) => m.inside);
  const nearest = measured
    .map((m) => ({ ...m.quarter, distanceM: m.inside ? 0 : Math.round(m.border) }))
    .sort((a, b) => a.distanceM - b.distanceM || compareGerman(a.name, b.name))
    .slice(0, CANDIDATES);

  const only = containing[0];
  if (containing.length === 1 && only) {
    if (only.border >= accuracy) return { kind: 'inside', quarter: only.quarter };
    return { kind: 'uncertain', reason: 'imprecise', candidates: nearest };
  }
  if (containing.length > 1) return { kind: 'uncertain', reason: 'overlap', candidates: nearest };
  const closest = nearest[0];
  if (!closest || closest.distanceM > OUTSIDE_M) return { kind: 'outside', candidates: nearest };
  return { kind: 'uncertain', reason: 'near_border', candidates: nearest };
}
