import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quarterCollectionSchema, type QuarterCollection, type QuarterFeature } from './catalog';
import { quarterOf } from './quarter-of';

// Two squares side by side around (0,0)…(0.02,0.01), one with a hole, plus a MultiPolygon island.
// 0.01° of longitude at the equator is ~1,113 m.
const square = (id: string, x0: number, x1: number, hole?: [number, number][]): QuarterFeature => ({
  type: 'Feature',
  properties: { id, name: id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [[x0, 0], [x1, 0], [x1, 0.01], [x0, 0.01], [x0, 0]],
      ...(hole ? [hole] : []),
    ],
  },
});
const hole: [number, number][] = [[0.013, 0.003], [0.017, 0.003], [0.017, 0.007], [0.013, 0.007], [0.013, 0.003]];
const shapes: QuarterCollection = {
  type: 'FeatureCollection',
  features: [
    square('west', 0, 0.01),
    square('east', 0.01, 0.02, hole),
    {
      type: 'Feature',
      properties: { id: 'islands', name: 'islands' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [[[0.03, 0], [0.035, 0], [0.035, 0.005], [0.03, 0.005], [0.03, 0]]],
          [[[0.04, 0], [0.045, 0], [0.045, 0.005], [0.04, 0.005], [0.04, 0]]],
        ],
      },
    },
  ],
};

describe('quarterOf', () => {
  it('finds the quarter a point is well inside', () => {
    expect(quarterOf(shapes, { lat: 0.005, lng: 0.005 })).toMatchObject({ kind: 'inside', quarter: { id: 'west' } });
  });

  it('is uncertain when the fix is less precise than the distance to the border', () => {
    // ~111 m from the shared border, with 500 m accuracy.
    const match = quarterOf(shapes, { lat: 0.005, lng: 0.009, accuracy: 500 });
    expect(match).toMatchObject({ kind: 'uncertain', reason: 'imprecise' });
    expect(match.kind !== 'inside' && match.candidates.map((c) => c.id).slice(0, 2).sort()).toEqual(['east', 'west']);
  });

  it('treats a point on a shared border as belonging to both: uncertain, both offered', () => {
    const match = quarterOf(shapes, { lat: 0.005, lng: 0.01 });
    expect(match).toMatchObject({ kind: 'uncertain', reason: 'overlap' });
  });

  it('does not place a point in a hole inside the quarter around it', () => {
    const match = quarterOf(shapes, { lat: 0.005, lng: 0.015 });
    expect(match.kind).toBe('uncertain');
    expect(match.kind !== 'inside' && match.candidates[0]?.id).toBe('east');
  });

  it('finds each part of a MultiPolygon', () => {
    expect(quarterOf(shapes, { lat: 0.0025, lng: 0.0325 })).toMatchObject({ quarter: { id: 'islands' } });
    expect(quarterOf(shapes, { lat: 0.0025, lng: 0.0425 })).toMatchObject({ quarter: { id: 'islands' } });
  });

  it('says outside and offers the nearest quarters for a point far away', () => {
    const match = quarterOf(shapes, { lat: 1, lng: 1 });
    expect(match.kind).toBe('outside');
    expect(match.kind !== 'inside' && match.candidates).toHaveLength(3);
  });

  describe('with the real Erfurt boundaries', () => {
    const erfurt = quarterCollectionSchema.parse(
      JSON.parse(readFileSync(new URL('../../seeds/erfurt/quarters.geojson', import.meta.url), 'utf8')),
    );

    it('puts the cathedral square (Domplatz) in the Altstadt', () => {
      expect(quarterOf(erfurt, { lat: 50.9755, lng: 11.0228, accuracy: 20 })).toMatchObject({
        kind: 'inside',
        quarter: { id: 'erfurt-1-altstadt', name: 'Altstadt' },
      });
    });

    it('says Weimar is outside the city and names the nearest quarters with distances', () => {
      const match = quarterOf(erfurt, { lat: 50.9795, lng: 11.3235 });
      expect(match.kind).toBe('outside');
      if (match.kind === 'outside') {
        expect(match.candidates[0]?.name).toBe('Vieselbach');
        expect(match.candidates[0]?.distanceM).toBeGreaterThan(5_000);
      }
    });
  });
});
