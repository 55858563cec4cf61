import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { quarterCollectionSchema, topicsFileSchema } from '../../shared/catalog';
import { cityFileSchema } from '../../shared/city';
import { centresFileSchema, opportunitiesFileSchema } from '../../shared/directory';
import { directoryProblem } from './directory-check';
import { buildCatalog, type Catalog } from './catalog';

// A city's data pack is read and checked once at start. Anything wrong stops the start with the file
// and the field named, because a half-loaded catalog would reject residents' items for no reason they
// could fix.

export class SeedError extends Error {
  override name = 'SeedError';
}

export async function loadSeeds(seedsDir: string, seed: string): Promise<Catalog> {
  const dir = path.join(seedsDir, seed);
  const city = await readSeed(path.join(dir, 'city.json'), cityFileSchema);
  const quartersFile = path.join(dir, 'quarters.geojson');
  const quarters = await readSeed(quartersFile, quarterCollectionSchema);
  const topicsFile = path.join(dir, 'topics.json');
  const topics = await readSeed(topicsFile, topicsFileSchema);

  const quarterIndex = firstDuplicate(quarters.features.map((f) => f.properties.id));
  if (quarterIndex !== undefined) {
    const id = quarters.features[quarterIndex]?.properties.id;
    throw new SeedError(`${display(quartersFile)}: features[${quarterIndex}].properties.id: duplicate id "${id}"`);
  }
  const topicIndex = firstDuplicate(topics.map((t) => t.id));
  if (topicIndex !== undefined) {
    throw new SeedError(`${display(topicsFile)}: [${topicIndex}].id: duplicate id "${topics[topicIndex]?.id}"`);
  }
  const centres = await readSeed(path.join(dir, 'centres.json'), centresFileSchema);
  const opportunities = await readSeed(path.join(dir, 'opportunities.json'), opportunitiesFileSchema);
  const problem = directoryProblem(centres, opportunities, quarters);
  if (problem) throw new SeedError(`${display(path.join(dir, problem.file))}: ${problem.message}`);
  return buildCatalog({ city, quarters, topics, centres, opportunities });
}

async function readSeed<S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new SeedError(`${display(file)}: cannot read the file (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SeedError(`${display(file)}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? formatPath(issue.path) : '';
    throw new SeedError(`${display(file)}: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** `[3].theme`, `features[0].properties.id`: the way people point at a place in a JSON file. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

function firstDuplicate(ids: string[]): number | undefined {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) return index;
    seen.add(id);
  }
  return undefined;
}

function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
