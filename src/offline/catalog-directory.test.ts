import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type QsDatabase } from './db';
import type { FetchLike } from './http';

const opened: QsDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const centres = JSON.parse(readFileSync(new URL('../../seeds/erfurt/centres.json', import.meta.url), 'utf8')) as unknown;
const serve: FetchLike = async () => new Response(JSON.stringify(centres), { status: 200, headers: { etag: '"c1"' } });

// One test in order: the module state (which schemas ./catalog was handed) is what is under test.
describe('the directory catalogs', () => {
  it('need ./catalog-directory: without it ./catalog refuses them plainly, with it they are stored and read', async () => {
    const db = openDatabase('catalog-directory-test');
    opened.push(db);
    const catalog = await import('./catalog');
    await expect(catalog.readCatalog('centres', db)).resolves.toBeUndefined(); // nothing stored yet: no schema needed
    expect(await catalog.refreshCatalog('centres', db, serve)).toBe(false);
    await expect(db.catalog.get('centres')).resolves.toBeUndefined();

    const directory = await import('./catalog-directory');
    expect(await directory.refreshCatalog('centres', db, serve)).toBe(true);
    const read = await directory.readCatalog('centres', db);
    expect(read?.length).toBeGreaterThan(0);
    expect(read).toEqual(expect.arrayContaining([expect.objectContaining({ id: expect.any(String), name: expect.any(String) })]));
  });
});
