import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quarterCollectionSchema } from '../../shared/catalog';
import { PROJECT_ROOT } from '../config';
import { makeZip } from '../test/zip';
import { importQuartersCommand } from './import-quarters-command';
import { slug } from './quarters-from-boundaries';

let dir: string;
let logged: string[];
let errors: string[];
const out = { log: (line: string) => logged.push(line), error: (line: string) => errors.push(line) };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qs-import-'));
  logged = [];
  errors = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The shape of Erfurt's download: STADTTE_ID, NAME, SHAPE_AREA, 10 decimals, Frienstedt and Bindersleben both 39. */
const square = (x: number, y: number) => [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]];
const source = (features: Array<{ id: number; name: string; coordinates?: unknown; type?: string }>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'FeatureCollection',
    name: 'statdteile',
    ...extra,
    features: features.map((f, i) => ({
      type: 'Feature',
      properties: { STADTTE_ID: f.id, NAME: f.name, DOWNLOADLI: 'https://geoportal.erfurt.de/…', SHAPE_AREA: 1234.5 + i },
      geometry: { type: f.type ?? 'Polygon', coordinates: f.coordinates ?? square(10.9 + i * 0.02, 51.0123456789) },
    })),
  });
const erfurtLike = source([
  { id: 42, name: 'Kühnhausen' },
  { id: 39, name: 'Frienstedt' },
  { id: 39, name: 'Bindersleben' },
  { id: 18, name: 'Möbisburg-Rhoda' },
]);

async function run(...args: string[]): Promise<number> {
  return importQuartersCommand(args, out, dir);
}

async function written(file = path.join(dir, 'erfurt', 'quarters.geojson')) {
  return quarterCollectionSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

describe('seeds:import-quarters', () => {
  it('turns a GeoJSON download into seeds/<city>/quarters.geojson with unique ids', async () => {
    await writeFile(path.join(dir, 'stadtteile.geojson'), erfurtLike);
    expect(await run(path.join(dir, 'stadtteile.geojson'))).toBe(0);
    const collection = await written();
    expect(collection.features.map((f) => f.properties)).toEqual([
      { id: 'erfurt-42-kuehnhausen', name: 'Kühnhausen', officialId: 42, areaM2: 1234.5 },
      { id: 'erfurt-39-frienstedt', name: 'Frienstedt', officialId: 39, areaM2: 1235.5 },
      { id: 'erfurt-39-bindersleben', name: 'Bindersleben', officialId: 39, areaM2: 1236.5 },
      { id: 'erfurt-18-moebisburg-rhoda', name: 'Möbisburg-Rhoda', officialId: 18, areaM2: 1237.5 },
    ]);
    expect(collection.features[0]?.geometry.coordinates[0]?.[0]).toEqual([10.9, 51.0123457]);
    expect(logged.join('\n')).toMatch(/official id 39 is used by Frienstedt and Bindersleben/);
    expect(logged.join('\n')).toMatch(/Wrote 4 quarters from stadtteile\.geojson/);
    expect(errors).toEqual([]);
  });

  it('reads the GeoJSON inside a zip, with another city, prefix and output', async () => {
    const zip = path.join(dir, 'stadtteile.zip');
    await writeFile(zip, makeZip({ 'stadtteile/': '', 'stadtteile/stadtteile.geojson': erfurtLike, 'stadtteile/LIESMICH.txt': 'dl-de/by-2-0' }));
    const target = path.join(dir, 'elsewhere.geojson');
    expect(await run(zip, '--city', 'weimar', '--id-prefix', 'we', '--out', target)).toBe(0);
    expect((await written(target)).features.map((f) => f.properties.id)[0]).toBe('we-42-kuehnhausen');
    expect(logged.join('\n')).toContain('stadtteile.zip:stadtteile/stadtteile.geojson');
  });

  it('explains projected coordinates, a declared CRS and a shapefile-only zip', async () => {
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['utm.geojson', source([{ id: 1, name: 'Altstadt', coordinates: [[[642100, 5652300], [642200, 5652300], [642200, 5652400], [642100, 5652300]]] }]), /looks like projected coordinates \(e\.g\. ETRS89\/UTM 32N.*export as WGS84 \/ EPSG:4326/],
      ['crs.geojson', source([{ id: 1, name: 'Altstadt' }], { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } } }), /declares the coordinate system "urn:ogc:def:crs:EPSG::25832"/],
      ['shp.zip', makeZip({ 'stadtteile.shp': 'x', 'stadtteile.dbf': 'y', 'stadtteile.prj': 'z' }), /shapefile.*ogr2ogr -f GeoJSON -t_srs EPSG:4326/],
      ['broken.json', '{"type": "FeatureCollection", ', /broken\.json is not valid JSON/],
      ['points.geojson', source([{ id: 1, name: 'Altstadt', type: 'Point', coordinates: [11, 51] }]), /feature 0 \("Altstadt"\): geometry is "Point"/],
    ];
    for (const [name, content, message] of cases) {
      errors = [];
      await writeFile(path.join(dir, name), content);
      expect(await run(path.join(dir, name)), name).toBe(1);
      expect(errors.join('\n'), name).toMatch(message);
    }
  });

  it('names the feature and ring of an unclosed, short or self-crossing ring', async () => {
    const rings: Array<[unknown, RegExp]> = [
      [[[[11, 51], [11.01, 51], [11.01, 51.01], [11, 51.01]]], /feature 0 \("Rieth"\): ring 0 is not closed/],
      [[[[11, 51], [11.01, 51], [11, 51]]], /ring 0 has 3 positions/],
      [[[[11, 51], [11.01, 51.01], [11.01, 51], [11, 51.01], [11, 51]]], /ring 0 crosses itself near \[11, 51\]/],
    ];
    for (const [coordinates, message] of rings) {
      errors = [];
      await writeFile(path.join(dir, 'bad.geojson'), source([{ id: 6, name: 'Rieth', coordinates }]));
      expect(await run(path.join(dir, 'bad.geojson'))).toBe(1);
      expect(errors.join('\n')).toMatch(message);
    }
    await expect(readFile(path.join(dir, 'erfurt', 'quarters.geojson'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses to replace a read-only file and answers usage errors with 2', async () => {
    await writeFile(path.join(dir, 'stadtteile.geojson'), erfurtLike);
    const target = path.join(dir, 'protected.geojson');
    await writeFile(target, 'keep me');
    await chmod(target, 0o444);
    expect(await run(path.join(dir, 'stadtteile.geojson'), '--out', target)).toBe(1);
    expect(errors.join('\n')).toMatch(/read-only/);
    expect(await readFile(target, 'utf8')).toBe('keep me');
    expect(await run()).toBe(2);
    expect(await run('a.geojson', '--colour', 'red')).toBe(2);
  });

  it('re-imports the shipped Erfurt pack, shaped like the download, to the same 53 ids', async () => {
    const shipped = quarterCollectionSchema.parse(JSON.parse(await readFile(path.join(PROJECT_ROOT, 'seeds', 'erfurt', 'quarters.geojson'), 'utf8')));
    const asDownloaded = {
      type: 'FeatureCollection',
      features: shipped.features.map((f) => ({
        type: 'Feature',
        properties: { STADTTE_ID: f.properties.officialId, NAME: f.properties.name, SHAPE_AREA: f.properties.areaM2 },
        geometry: f.geometry,
      })),
    };
    await writeFile(path.join(dir, 'stadtteile.zip'), makeZip({ 'stadtteile.geojson': JSON.stringify(asDownloaded) }));
    expect(await run(path.join(dir, 'stadtteile.zip'))).toBe(0);
    const imported = await written();
    expect(imported.features.map((f) => f.properties)).toEqual(shipped.features.map((f) => f.properties));
    for (const { properties } of shipped.features) expect(`erfurt-${properties.officialId}-${slug(properties.name)}`).toBe(properties.id);
    // The thinned Sulzer Siedlung carries a zero-width spike; it is dropped, not refused.
    expect(logged.join('\n')).toMatch(/"Sulzer Siedlung"\): ring 0: dropped 4 repeated or spike vertices/);
  });
});
