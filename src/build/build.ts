import { access } from 'node:fs/promises';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { buildServer } from './build-server';
import { PROJECT_ROOT, partsFrom, readInputTimes, removeStamp, writeStamp, type Part } from './stale.mjs';

// `npm run build [-- client|server]`: the client (Vite, service worker, precompressed copies) into
// dist/client and the bundled server into dist/server, each followed by its stamp (stale.mjs), which
// `npm start` reads to decide whether to build again. A failed build leaves no stamp behind.

async function buildClient(root: string): Promise<void> {
  await viteBuild({ root, configFile: path.join(root, 'vite.config.ts') });
  // The precompress plugin must run after the PWA plugin wrote sw.js; a reordered plugin list shows here.
  for (const file of ['index.html.br', 'index.html.gz', 'sw.js.br', 'manifest.webmanifest.br']) {
    await access(path.join(root, 'dist', 'client', file)).catch(() => {
      throw new Error(`Client build: dist/client/${file} is missing (is precompress() the last Vite plugin?)`);
    });
  }
}

async function buildPart(part: Part): Promise<void> {
  const started = performance.now();
  // The times are read before building, so an edit made while the build runs counts as a change.
  const inputs = await readInputTimes(PROJECT_ROOT, part);
  await removeStamp(PROJECT_ROOT, part);
  if (part === 'client') await buildClient(PROJECT_ROOT);
  else await buildServer(PROJECT_ROOT);
  await writeStamp(PROJECT_ROOT, part, inputs);
  console.log(`built ${part} in ${Math.round(performance.now() - started)} ms`);
}

for (const part of partsFrom(process.argv.slice(2))) await buildPart(part);
