import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type QsDatabase } from './db';
import { currentPosition, locateQuarter } from './locate-quarter';

const quarters: unknown = JSON.parse(readFileSync(new URL('../../seeds/erfurt/quarters.geojson', import.meta.url), 'utf8'));

let n = 0;
const opened: QsDatabase[] = [];
function freshDb() {
  const db = openDatabase(`locate-test-${++n}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

type Geo = Pick<Geolocation, 'getCurrentPosition'>;
const at = (latitude: number, longitude: number, accuracy = 10): Geo => ({
  getCurrentPosition: (success) => success({ coords: { latitude, longitude, accuracy } } as GeolocationPosition),
});
const failing = (code: number): Geo => ({
  getCurrentPosition: (_success, error) => error?.({ code } as GeolocationPositionError),
});

describe('currentPosition', () => {
  it('maps the browser answers onto found / denied / timeout / unavailable / unsupported', async () => {
    expect(await currentPosition(at(50.9755, 11.0228, 12.4))).toEqual({ kind: 'found', location: { lat: 50.9755, lng: 11.0228, accuracy: 12 } });
    expect(await currentPosition(failing(1))).toEqual({ kind: 'failed', reason: 'denied' });
    expect(await currentPosition(failing(2))).toEqual({ kind: 'failed', reason: 'unavailable' });
    expect(await currentPosition(failing(3))).toEqual({ kind: 'failed', reason: 'timeout' });
    expect(await currentPosition(undefined)).toEqual({ kind: 'failed', reason: 'unsupported' });
  });
});

describe('locateQuarter', () => {
  it('finds Altstadt at the Domplatz from the cached polygons', async () => {
    const db = freshDb();
    await db.catalog.put({ key: 'quarters', etag: null, fetchedAt: 1, data: quarters });
    const found = await locateQuarter({ db, geolocation: at(50.9755, 11.0228) });
    expect(found).toMatchObject({ kind: 'match', match: { kind: 'inside', quarter: { name: 'Altstadt' } } });
  });

  it('says when the polygons are neither on the device nor reachable, without asking for the position', async () => {
    let asked = false;
    const geo: Geo = { getCurrentPosition: () => void (asked = true) };
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await locateQuarter({ db: freshDb(), geolocation: geo, fetchImpl: offline })).toEqual({ kind: 'failed', reason: 'no_quarters' });
    expect(asked).toBe(false);
  });

  it('fetches the polygons when pressed before the background download of the start page stored them', async () => {
    const db = freshDb();
    const requested: string[] = [];
    const server = async (input: RequestInfo | URL) => {
      requested.push(String(input));
      return new Response(JSON.stringify(quarters), { status: 200, headers: { etag: '"q1"' } });
    };
    const found = await locateQuarter({ db, geolocation: at(50.9755, 11.0228), fetchImpl: server });
    expect(found).toMatchObject({ kind: 'match', match: { kind: 'inside', quarter: { name: 'Altstadt' } } });
    expect(requested).toEqual(['/api/v1/quarters']);
    expect((await db.catalog.get('quarters'))?.etag).toBe('"q1"');
  });
});
