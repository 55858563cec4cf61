// Checks on polygon rings that the zod schema cannot express: a ring must be closed, have at least
// four positions, and not cross itself (a "bow tie" breaks point-in-polygon on the device). turf's
// `kinks` is not installed, so the crossing test is done here: a sweep over segments sorted by their
// west edge, which stays close to linear for real boundaries with thousands of vertices.

export type Position = [number, number];

export function ringProblem(ring: readonly Position[]): string | undefined {
  if (ring.length < 4) return `has ${ring.length} positions; a ring needs at least 4 (the first repeated at the end)`;
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
    return `is not closed: it starts at ${format(first)} but ends at ${format(last)}`;
  }
  const crossing = findSelfIntersection(ring);
  if (crossing) return `crosses itself near ${format(crossing)}`;
  return undefined;
}

/**
 * Removes zero-width spikes (A → B → A) and repeated vertices from a closed ring. Thinned or
 * hand-edited boundaries carry them; they enclose no area but would count as crossings. Answers the
 * cleaned ring and how many vertices went; an unclosed ring is returned as it is, for ringProblem.
 */
export function dropSpikes(ring: readonly Position[]): { ring: Position[]; removed: number } {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length < 4 || !first || !last || !same(first, last)) return { ring: [...ring], removed: 0 };
  let open = ring.slice(0, -1);
  let changed = true;
  while (changed && open.length >= 3) {
    changed = false;
    const next: Position[] = [];
    for (let i = 0; i < open.length; i++) {
      const here = open[i] as Position;
      const before = open[(i - 1 + open.length) % open.length] as Position;
      const after = open[(i + 1) % open.length] as Position;
      // A repeat of the previous vertex, or the tip of a spike (its neighbours are the same point).
      if (same(here, before) || (same(before, after) && !changed)) {
        changed = true;
        continue;
      }
      next.push(here);
    }
    open = next;
  }
  const cleaned = open.length > 0 ? [...open, open[0] as Position] : [];
  return { ring: cleaned, removed: ring.length - cleaned.length };
}

interface Segment {
  index: number;
  a: Position;
  b: Position;
  minX: number;
  maxX: number;
}

/** A point where two non-neighbouring edges of the closed ring touch or cross, if any. */
export function findSelfIntersection(ring: readonly Position[]): Position | undefined {
  // A repeated vertex makes a zero-length edge: harmless, but it would "touch" its neighbours, so
  // repeats are dropped first and neighbouring edges always share exactly one vertex.
  const clean = ring.filter((p, i) => i === 0 || !same(p, ring[i - 1] as Position));
  const count = clean.length - 1;
  const segments: Segment[] = [];
  for (let i = 0; i < count; i++) {
    const a = clean[i] as Position;
    const b = clean[i + 1] as Position;
    segments.push({ index: i, a, b, minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]) });
  }
  segments.sort((s, t) => s.minX - t.minX);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j] as Segment;
      if (t.minX > s.maxX) break;
      if (adjacent(s, t, count)) continue;
      if (intersects(s.a, s.b, t.a, t.b)) return s.a;
    }
  }
  return undefined;
}

/** Neighbouring edges share a vertex by construction; so do the last and the first edge. */
function adjacent(s: Segment, t: Segment, count: number): boolean {
  const d = Math.abs(s.index - t.index);
  if (d === 1 || d === count - 1) return sharesOnlyEndpoint(s, t);
  return false;
}

/** Neighbours that fold back onto each other (overlap beyond the shared vertex) still count. */
function sharesOnlyEndpoint(s: Segment, t: Segment): boolean {
  const shared = same(s.b, t.a) || same(s.a, t.b) ? (same(s.b, t.a) ? s.b : s.a) : undefined;
  if (!shared) return false;
  const sOther = same(s.a, shared) ? s.b : s.a;
  const tOther = same(t.a, shared) ? t.b : t.a;
  // Collinear and pointing the same way from the shared vertex: the edges overlap.
  if (orientation(shared, sOther, tOther) === 0) {
    const dot = (sOther[0] - shared[0]) * (tOther[0] - shared[0]) + (sOther[1] - shared[1]) * (tOther[1] - shared[1]);
    return dot < 0;
  }
  return true;
}

function intersects(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const o1 = orientation(p1, p2, q1);
  const o2 = orientation(p1, p2, q2);
  const o3 = orientation(q1, q2, p1);
  const o4 = orientation(q1, q2, p2);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(p1, q1, p2)) ||
    (o2 === 0 && onSegment(p1, q2, p2)) ||
    (o3 === 0 && onSegment(q1, p1, q2)) ||
    (o4 === 0 && onSegment(q1, p2, q2))
  );
}

function orientation(a: Position, b: Position, c: Position): number {
  const value = (b[1] - a[1]) * (c[0] - b[0]) - (b[0] - a[0]) * (c[1] - b[1]);
  return value === 0 ? 0 : value > 0 ? 1 : -1;
}

function onSegment(a: Position, p: Position, b: Position): boolean {
  return p[0] <= Math.max(a[0], b[0]) && p[0] >= Math.min(a[0], b[0]) && p[1] <= Math.max(a[1], b[1]) && p[1] >= Math.min(a[1], b[1]);
}

function same(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function format(position: Position | undefined): string {
  return position ? `[${position[0]}, ${position[1]}]` : 'nothing';
}
