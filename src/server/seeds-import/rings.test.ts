import { describe, expect, it } from 'vitest';
import { dropSpikes, findSelfIntersection, ringProblem, type Position } from './rings';

const square: Position[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

describe('ringProblem', () => {
  it('accepts a closed simple ring, also with a repeated vertex', () => {
    expect(ringProblem(square)).toBeUndefined();
    expect(ringProblem([[0, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 0]])).toBeUndefined();
  });

  it('names unclosed and too short rings', () => {
    expect(ringProblem([[0, 0], [1, 0], [1, 1], [0, 1]])).toMatch(/not closed: it starts at \[0, 0\] but ends at \[0, 1\]/);
    expect(ringProblem([[0, 0], [1, 0], [0, 0]])).toMatch(/has 3 positions; a ring needs at least 4/);
  });

  it('finds a bow tie, a ring touching itself and an edge folding back', () => {
    expect(ringProblem([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]])).toMatch(/crosses itself near/);
    expect(findSelfIntersection([[0, 0], [2, 0], [2, 2], [1, 0], [0, 2], [0, 0]])).toBeDefined();
    expect(findSelfIntersection([[0, 0], [2, 0], [1, 0], [1, 1], [0, 0]])).toBeDefined();
  });

  it('stays fast on a ring with 20,000 vertices', () => {
    const ring: Position[] = Array.from({ length: 20_000 }, (_, i) => {
      const angle = (i / 20_000) * 2 * Math.PI;
      return [11 + 0.05 * Math.cos(angle), 51 + 0.03 * Math.sin(angle)];
    });
    ring.push(ring[0] as Position);
    const started = performance.now();
    expect(ringProblem(ring)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('dropSpikes', () => {
  it('removes zero-width spikes and repeats, also across the closing vertex, and keeps real corners', () => {
    const spiky: Position[] = [[0, 0], [1, 0], [2, 0], [3, 0], [2, 0], [1, 1], [1, 1], [0, 1], [0, 0]];
    expect(dropSpikes(spiky)).toEqual({ ring: [[0, 0], [1, 0], [2, 0], [1, 1], [0, 1], [0, 0]], removed: 3 });
    expect(ringProblem(spiky)).toMatch(/crosses itself/);
    // The same triangle, starting at another corner once the spike at the start is gone.
    expect(dropSpikes([[5, 5], [0, 0], [1, 0], [1, 1], [0, 0], [5, 5]]).ring).toEqual([[1, 0], [1, 1], [0, 0], [1, 0]]);
    expect(dropSpikes(square)).toEqual({ ring: square, removed: 0 });
    expect(dropSpikes([[0, 0], [1, 0], [1, 1]]).removed).toBe(0);
  });
});
