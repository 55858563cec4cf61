// @ts-check
// Plain JavaScript on purpose: `npm start` runs this with plain Node before anything is built, and tsx
// is a dev dependency. Types are checked by `npm run typecheck` through JSDoc.
//
// Is the build older than its sources? Each part of dist/ (client, server) has a stamp written after
// a successful build: the modification time of every input file, read when that build started. The
// part is stale when any input file was added, removed or touched since — edits during a build
// included, and whatever a clock or `git checkout` did to the times (only "different" counts).
import { readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {'client' | 'server'} Part */
/** @typedef {Record<string, number>} InputTimes  posix path relative to the project → mtimeMs */
/** @typedef {{ inputs: InputTimes }} Stamp */

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * What each part is built from. Seeds are not here: the server reads them at run time. The server's
 * list is checked against esbuild's own list of inputs on every build (src/build/build-server.ts).
 * `output` is the file a finished build of the part always has.
 * @type {Record<Part, { inputs: string[], skip: string[], output: string }>}
 */
export const PARTS = {
  client: {
    output: 'dist/client/index.html',
    inputs: [
      'src',
      'i18n',
      'public',
      'index.html',
      'vite.config.ts',
      'vite.build-options.ts',
      'tsconfig.json',
      'package.json',
      'package-lock.json',
    ],
    skip: ['src/server'],
  },
  server: {
    output: 'dist/server/main.js',
    // The two manage.json files: Open311 names the working groups as the managers' screens do.
    inputs: ['src/server', 'src/shared', 'src/build', 'i18n/de/manage.json', 'i18n/en/manage.json', 'package.json', 'package-lock.json'],
    skip: [],
  },
};

/** @type {readonly Part[]} */
export const ALL_PARTS = ['client', 'server'];

/**
 * Command-line arguments to parts; none means all.
 * @param {string[]} args
 * @returns {Part[]}
 */
export function partsFrom(args) {
  if (args.length === 0) return [...ALL_PARTS];
  return args.map((arg) => {
    const part = ALL_PARTS.find((name) => name === arg);
    if (part === undefined) throw new Error(`Unknown part "${arg}"; use ${ALL_PARTS.join(' and/or ')}`);
    return part;
  });
}

/** Tests, dotfiles (editor swap files, .DS_Store) and type-only declarations never change a build. */
const IGNORED = /(^\.|\.test\.tsx?$|\.d\.ts$)/;

/**
 * The reason a part must be rebuilt, or undefined when the stamp still matches the inputs.
 * @param {Stamp | undefined} stamp
 * @param {InputTimes} current
 * @returns {string | undefined}
 */
export function staleReason(stamp, current) {
  if (stamp === undefined) return 'not built yet';
  for (const [file, mtime] of Object.entries(current)) {
    const built = stamp.inputs[file];
    if (built === undefined) return `${file} was added`;
    if (built !== mtime) return `${file} changed`;
  }
  for (const file of Object.keys(stamp.inputs)) {
    if (!(file in current)) return `${file} was removed`;
  }
  return undefined;
}

/**
 * @param {string} root
 * @param {Part} part
 * @returns {Promise<InputTimes>}
 */
export async function readInputTimes(root, part) {
  const { inputs, skip } = PARTS[part];
  const skipped = new Set(skip);
  /** @type {InputTimes} */
  const times = {};
  /** @param {string} relative */
  const visit = async (relative) => {
    if (skipped.has(relative)) return;
    const info = await stat(path.join(root, relative)).catch(() => undefined);
    if (info === undefined) return;
    if (!info.isDirectory()) {
      times[relative] = info.mtimeMs;
      return;
    }
    const names = await readdir(path.join(root, relative));
    for (const name of names.sort()) {
      if (!IGNORED.test(name)) await visit(`${relative}/${name}`);
    }
  };
  for (const input of inputs) await visit(input);
  return times;
}

/**
 * @param {string} root
 * @param {Part} part
 */
export function stampPath(root, part) {
  // Beside dist/client and dist/server, not inside: the static root never shows it.
  return path.join(root, 'dist', `${part}.stamp.json`);
}

/**
 * @param {string} root
 * @param {Part} part
 * @returns {Promise<Stamp | undefined>}
 */
export async function readStamp(root, part) {
  try {
    const parsed = JSON.parse(await readFile(stampPath(root, part), 'utf8'));
    return parsed && typeof parsed.inputs === 'object' ? /** @type {Stamp} */ (parsed) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {string} root
 * @param {Part} part
 * @param {InputTimes} inputs  read before the build started
 */
export async function writeStamp(root, part, inputs) {
  await mkdir(path.dirname(stampPath(root, part)), { recursive: true });
  await writeFile(stampPath(root, part), `${JSON.stringify({ inputs }, null, 1)}\n`);
}

/**
 * @param {string} root
 * @param {Part} part
 */
export async function removeStamp(root, part) {
  await rm(stampPath(root, part), { force: true });
}

/**
 * @param {string} root
 * @param {Part} part
 * @returns {Promise<string | undefined>}
 */
export async function whyStale(root, part) {
  const { output } = PARTS[part];
  const built = await stat(path.join(root, output)).catch(() => undefined);
  if (built === undefined) return `${output} is missing`;
  return staleReason(await readStamp(root, part), await readInputTimes(root, part));
}
