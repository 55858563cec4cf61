import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../config';
import { readBoundaryFile } from './read-boundaries';
import { ImportError, quartersFromBoundaries } from './quarters-from-boundaries';

// `npm run seeds:import-quarters -- <file> [--city erfurt] [--id-prefix erfurt] …`: the command
// itself, apart from the process so tests can run it. Answers the exit code; prints through `out`.

export const USAGE = `Usage: npm run seeds:import-quarters -- <boundaries.geojson|boundaries.zip> [options]
  --city <name>         data pack folder under seeds/ (default: erfurt)
  --id-prefix <prefix>  first part of every quarter id (default: the city)
  --out <file>          write here instead of seeds/<city>/quarters.geojson
  --entry <name>        the GeoJSON file inside a zip, when it holds several
  --id-field, --name-field, --area-field <property>
                        property names in the source (default: found among common ones,
                        e.g. STADTTE_ID, NAME, SHAPE_AREA in Erfurt's stadtteile.zip)`;

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

export async function importQuartersCommand(argv: string[], out: Output = console, seedsDir = path.join(PROJECT_ROOT, 'seeds')): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        city: { type: 'string', default: 'erfurt' },
        'id-prefix': { type: 'string' },
        out: { type: 'string' },
        entry: { type: 'string' },
        'id-field': { type: 'string' },
        'name-field': { type: 'string' },
        'area-field': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    out.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.log(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  const city = values.city;
  if (!file || extra.length > 0 || !/^[a-z0-9-]+$/.test(city)) {
    out.error(`${!file ? 'Name one boundary file.' : extra.length > 0 ? `One file only, got also: ${extra.join(' ')}` : '--city must be a folder name (a-z, 0-9, -)'}\n${USAGE}`);
    return 2;
  }
  const target = path.resolve(values.out ?? path.join(seedsDir, city, 'quarters.geojson'));
  try {
    const { json, source } = await readBoundaryFile(file, values.entry);
    const { collection, notes } = quartersFromBoundaries(json, {
      idPrefix: values['id-prefix'] ?? city,
      ...(values['id-field'] !== undefined ? { idField: values['id-field'] } : {}),
      ...(values['name-field'] !== undefined ? { nameField: values['name-field'] } : {}),
      ...(values['area-field'] !== undefined ? { areaField: values['area-field'] } : {}),
    });
    await writeAtomically(target, JSON.stringify(collection));
    for (const note of notes) out.log(`note: ${note}`);
    const ids = collection.features.map((f) => f.properties.id);
    const shown = path.relative(process.cwd(), target);
    out.log(`Wrote ${ids.length} quarters from ${source} to ${shown.startsWith('..') ? target : shown}`);
    out.log(`  ids: ${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}`);
    out.log('Check SOURCES.md (source, licence, date) and restart the server to load them.');
    return 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    out.error(`Cannot import ${file}: ${error.message}`);
    return 1;
  }
}

/** Written beside the target and renamed, so a failed run never leaves half a file behind. */
async function writeAtomically(target: string, text: string): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  // A read-only copy (the shared data pack's) is protected on purpose; even root should not replace it unasked.
  if (existing && (existing.mode & 0o222) === 0) {
    throw new ImportError(`${target} is read-only; write elsewhere with --out, or make it writable first`);
  }
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, target);
}
