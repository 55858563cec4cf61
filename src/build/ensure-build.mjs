// @ts-check
// `node src/build/ensure-build.mjs [client] [server]` (both when none is named): builds the named parts
// of dist/ with `npm run build` when their sources changed since the last build, else does nothing.
// `npm start`, `npm run admin` and `npm run seeds:import-quarters` run it before the built server, so a
// fresh clone or a `git pull` just works and an unchanged checkout starts without building.
// Plain JavaScript: it runs on plain Node before anything is built (see stale.mjs).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT, partsFrom, whyStale } from './stale.mjs';

/** @typedef {import('./stale.mjs').Part} Part */


function buildToolsInstalled() {
  try {
    createRequire(path.join(PROJECT_ROOT, 'package.json')).resolve('vite');
    return true;
  } catch {
    return false;
  }
}

/** @param {Part[]} parts */
function build(parts) {
  // Inside an npm script npm names itself; run that same npm with the same Node.
  const npm = process.env.npm_execpath;
  const [command, args] = npm
    ? [process.execPath, [npm, 'run', 'build', '--', ...parts]]
    : ['npm', ['run', 'build', '--', ...parts]];
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  return result.status === 0;
}

async function main() {
  const parts = partsFrom(process.argv.slice(2));
  /** @type {Part[]} */
  const stale = [];
  for (const part of parts) {
    const reason = await whyStale(PROJECT_ROOT, part);
    if (reason === undefined) continue;
    console.error(`The ${part} build is out of date (${reason}): building it.`);
    stale.push(part);
  }
  if (stale.length === 0) return 0;
  if (!buildToolsInstalled()) {
    console.error(
      'The build tools (dev dependencies) are not installed. Run "npm ci" (without --omit=dev) to build here, ' +
        'or build elsewhere and copy dist/ (see README, "Production").',
    );
    return 1;
  }
  return build(stale) ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
