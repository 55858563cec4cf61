import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../config';
import { formatPath, loadSeeds, SeedError } from './load-seeds';

const realSeeds = path.join(PROJECT_ROOT, 'seeds');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qs-seeds-'));
  await cp(path.join(realSeeds, 'erfurt'), path.join(dir, 'erfurt'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function edit(file: string, change: (data: unknown) => unknown): Promise<void> {
  const full = path.join(dir, 'erfurt', file);
  await writeFile(full, JSON.stringify(change(JSON.parse(await readFile(full, 'utf8')))));
}

describe('loadSeeds', () => {
  it('loads the Erfurt pack: 53 unique quarters, the nine topics, the ERF prefix', async () => {
    const catalog = await loadSeeds(realSeeds, 'erfurt');
    expect(catalog.quarters.features).toHaveLength(53);
    expect(catalog.topics).toHaveLength(9);
    expect(catalog.city).toMatchObject({ receiptPrefix: 'ERF', name: 'Erfurt', timeZone: 'Europe/Berlin' });
    expect(catalog.city.attribution[0]?.text).toContain('dl-de/by-2-0');
    expect(catalog.quarterName('erfurt-42-kuehnhausen')).toBe('Kühnhausen');
    expect(catalog.hasTopic('sonstiges')).toBe(true);
    expect(catalog.hasTopic('nope')).toBe(false);
    expect(catalog.opportunityExists('anything')).toBe(false);
  });

  it('names the file and field of a wrong topic theme', async () => {
    await edit('topics.json', (topics) => (topics as Array<Record<string, unknown>>).map((t, i) => (i === 3 ? { ...t, theme: 'parking' } : t)));
    const error = await loadSeeds(dir, 'erfurt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).toMatch(/erfurt\/topics\.json: \[3\]\.theme: Invalid option/);
  });

  it('refuses duplicate quarter ids', async () => {
    await edit('quarters.geojson', (fc) => {
      const collection = fc as { features: Array<{ properties: { id: string } }> };
      const first = collection.features[0];
      const second = collection.features[1];
      if (first && second) second.properties.id = first.properties.id;
      return collection;
    });
    await expect(loadSeeds(dir, 'erfurt')).rejects.toThrow(/quarters\.geojson: features\[1\]\.properties\.id: duplicate id "erfurt-42-kuehnhausen"/);
  });

  it('refuses a missing file, broken JSON and a bad receipt prefix', async () => {
    await rm(path.join(dir, 'erfurt', 'topics.json'));
    await expect(loadSeeds(dir, 'erfurt')).rejects.toThrow(/topics\.json: cannot read the file \(ENOENT\)/);
    await writeFile(path.join(dir, 'erfurt', 'topics.json'), '[{');
    await expect(loadSeeds(dir, 'erfurt')).rejects.toThrow(/topics\.json: not valid JSON/);
    await edit('city.json', (city) => ({ ...(city as object), receiptPrefix: 'erf' }));
    await expect(loadSeeds(dir, 'erfurt')).rejects.toThrow(/city\.json: receiptPrefix: /);
  });

  it('formats paths the way people point into JSON', () => {
    expect(formatPath([3, 'theme'])).toBe('[3].theme');
    expect(formatPath(['features', 0, 'geometry', 'coordinates', 0, 2])).toBe('features[0].geometry.coordinates[0][2]');
    expect(formatPath([])).toBe('');
  });
});
