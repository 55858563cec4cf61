import { quarterCollectionSchema, type QuarterCollection, type QuarterFeature } from '../../shared/catalog';
import { formatPath } from '../catalog/load-seeds';
import { dropSpikes, ringProblem, type Position } from './rings';

// Turns an official boundary download (a GeoJSON FeatureCollection, as Erfurt's geoportal publishes
// it in `stadtteile.zip`) into a data pack's `quarters.geojson`: our property names, ids that are
// unique even where the source's are not, and every check that would otherwise only fail on a phone.

export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportOptions {
  /** First part of every id, e.g. `erfurt`. */
  idPrefix: string;
  /** Property names in the source; found among common spellings when not given. */
  idField?: string;
  nameField?: string;
  areaField?: string;
}

export interface ImportResult {
  collection: QuarterCollection;
  /** Things worth telling the operator that do not stop the import. */
  notes: string[];
}

const CANDIDATES = {
  id: ['STADTTE_ID', 'STADTTEIL_ID', 'OT_ID', 'ORTSTEIL_ID', 'OT_NR', 'NUMMER', 'NR', 'ID'],
  name: ['NAME', 'STADTTEIL', 'ORTSTEIL', 'BEZEICHNUNG', 'OT_NAME', 'GEN'],
  area: ['SHAPE_AREA', 'FLAECHE', 'FLAECHE_M2', 'AREA'],
};
/** 7 decimals ≈ 1 cm: the source's 10 decimals only make the file bigger on every phone. */
const DECIMALS = 7;

export function quartersFromBoundaries(input: unknown, options: ImportOptions): ImportResult {
  const features = featuresOf(input);
  checkDeclaredCrs(input);
  checkLonLat(features);
  const first = record(features[0]?.properties);
  const fields = {
    id: pickField(first, options.idField, CANDIDATES.id, 'id'),
    name: pickField(first, options.nameField, CANDIDATES.name, 'name'),
    area: pickField(first, options.areaField, CANDIDATES.area, 'area'),
  };
  if (!fields.name) {
    throw new ImportError(
      `cannot tell which property holds the quarter's name (properties: ${Object.keys(first).join(', ') || 'none'}); pass --name-field`,
    );
  }
  const notes: string[] = [];
  if (!fields.id) notes.push('no official id property found: ids are <prefix>-<name>; pass --id-field to use one');

  const taken = new Map<string, number>();
  const byOfficialId = new Map<number, string[]>();
  const quarters = features.map((feature, index): QuarterFeature => {
    const properties = record(feature.properties);
    const name = String(properties[fields.name ?? ''] ?? '').trim();
    const where = `feature ${index}${name ? ` ("${name}")` : ''}`;
    if (!name) throw new ImportError(`${where}: property "${fields.name}" is empty`);
    const officialId = fields.id ? numberOrUndefined(properties[fields.id]) : undefined;
    const areaM2 = fields.area ? numberOrUndefined(properties[fields.area]) : undefined;
    if (officialId !== undefined) byOfficialId.set(officialId, [...(byOfficialId.get(officialId) ?? []), name]);

    const base = [options.idPrefix, officialId, slug(name)].filter((part) => part !== undefined && part !== '').join('-');
    const seen = (taken.get(base) ?? 0) + 1;
    taken.set(base, seen);
    const id = seen === 1 ? base : `${base}-${seen}`;
    if (seen > 1) notes.push(`two quarters would be "${base}": the later one is "${id}"`);
    return {
      type: 'Feature',
      properties: { id, name, ...(officialId !== undefined ? { officialId } : {}), ...(areaM2 !== undefined ? { areaM2 } : {}) },
      geometry: checkedGeometry(feature.geometry, where, notes),
    };
  });
  for (const [officialId, names] of byOfficialId) {
    if (names.length > 1) notes.push(`official id ${officialId} is used by ${names.join(' and ')}; their ids differ by name`);
  }

  const parsed = quarterCollectionSchema.safeParse({ type: 'FeatureCollection', features: quarters });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(`${issue ? formatPath(issue.path) : ''}: ${issue?.message ?? 'invalid'}`);
  }
  return { collection: parsed.data, notes };
}

/** `Möbisburg-Rhoda` → `moebisburg-rhoda`, the way German names are written in URLs. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface SourceFeature {
  properties?: unknown;
  geometry?: unknown;
}

function featuresOf(input: unknown): SourceFeature[] {
  const doc = record(input);
  if (doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw new ImportError(`not a GeoJSON FeatureCollection (type is ${JSON.stringify(doc.type ?? null)})`);
  }
  if (doc.features.length === 0) throw new ImportError('the FeatureCollection has no features');
  return doc.features.map((f) => record(f));
}

/** Old GeoJSON (2008) could name its CRS; anything but WGS84 is refused by name. */
function checkDeclaredCrs(input: unknown): void {
  const name = record(record(record(input).crs).properties).name;
  if (typeof name === 'string' && !/CRS84|EPSG:+4326$|EPSG::4326/i.test(name)) {
    throw new ImportError(`the file declares the coordinate system "${name}"; export it as WGS84 / EPSG:4326 (longitude, latitude in degrees)`);
  }
}

function checkLonLat(features: readonly SourceFeature[]): void {
  for (const feature of features) {
    for (const position of positionsOf(record(feature.geometry).coordinates)) {
      const [x, y] = position;
      if (Math.abs(x) > 180 || Math.abs(y) > 90) {
        throw new ImportError(
          `coordinates like [${x}, ${y}] are not longitude/latitude: this looks like projected coordinates ` +
            '(e.g. ETRS89/UTM 32N, EPSG:25832, in metres); export as WGS84 / EPSG:4326',
        );
      }
    }
  }
}

function checkedGeometry(geometry: unknown, where: string, notes: string[]): QuarterFeature['geometry'] {
  const g = record(geometry);
  let polygons: unknown[];
  if (g.type === 'Polygon') polygons = [g.coordinates];
  else if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates)) polygons = g.coordinates;
  else throw new ImportError(`${where}: geometry is ${JSON.stringify(g.type ?? null)}; only Polygon and MultiPolygon describe an area`);

  const rounded = polygons.map((polygon, p) => {
    if (!Array.isArray(polygon) || polygon.length === 0) throw new ImportError(`${where}: polygon ${p} has no rings`);
    return polygon.map((ring, r) => {
      const label = polygons.length > 1 ? `polygon ${p}, ring ${r}` : `ring ${r}`;
      const rounded = Array.isArray(ring) ? ring.map((position) => roundPosition(position, where)) : [];
      const { ring: positions, removed } = dropSpikes(rounded);
      if (removed > 0) notes.push(`${where}: ${label}: dropped ${removed} repeated or spike vertices (they enclose no area)`);
      const problem = ringProblem(positions);
      if (problem) throw new ImportError(`${where}: ${label} ${problem}`);
      return positions;
    });
  });
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: rounded[0] ?? [] } : { type: 'MultiPolygon', coordinates: rounded };
}

function roundPosition(position: unknown, where: string): Position {
  if (!Array.isArray(position) || typeof position[0] !== 'number' || typeof position[1] !== 'number') {
    throw new ImportError(`${where}: a position is not [longitude, latitude]: ${JSON.stringify(position)}`);
  }
  const factor = 10 ** DECIMALS;
  return [Math.round(position[0] * factor) / factor, Math.round(position[1] * factor) / factor];
}

function* positionsOf(coordinates: unknown): Generator<[number, number]> {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    yield [coordinates[0], coordinates[1]];
    return;
  }
  for (const inner of coordinates) yield* positionsOf(inner);
}

function pickField(properties: Record<string, unknown>, given: string | undefined, candidates: string[], what: string): string | undefined {
  const keys = Object.keys(properties);
  if (given !== undefined) {
    if (!keys.includes(given)) throw new ImportError(`there is no property "${given}" for the ${what} (properties: ${keys.join(', ')})`);
    return given;
  }
  for (const candidate of candidates) {
    const key = keys.find((k) => k.toUpperCase() === candidate);
    if (key) return key;
  }
  return undefined;
}

function numberOrUndefined(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
