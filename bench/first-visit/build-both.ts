import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { precompress } from '../../src/build/precompress';
import { preloadAppChunk, sharedBuildOptions } from '../../src/build/vite-build-options';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FLOOR_ROOT = fileURLToPath(new URL('./floor/', import.meta.url));
const FLOOR_FRAME_ROOT = fileURLToPath(new URL('./floor-frame/', import.meta.url));

export interface Builds {
  app: string;
  floor: string;
  /** The floor's code behind a plain-HTML frame painted first, run after that paint as the app runs its own. */
  floorFrame: string;
}

/**
 * Builds the app (its own vite.config.ts, service worker included), the bare Ionic floor (same Vite, same
 * React plugin, the app's shared build options) and the floor painted frame first into fresh folders, so all
 * are measured from this run's sources.
 */
export async function buildBoth(): Promise<Builds> {
  const out = await mkdtemp(join(tmpdir(), 'qs-first-visit-'));
  const app = join(out, 'app');
  const floor = join(out, 'floor');
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: app, emptyOutDir: true },
  });
  await build({
    root: FLOOR_ROOT,
    configFile: false,
    logLevel: 'warn',
    // Precompressed like the app (its vite.config.ts has the plugin), so the server sends both the same way.
    plugins: [react(), precompress()],
    build: { ...sharedBuildOptions, outDir: floor, emptyOutDir: true },
  });
  const floorFrame = join(out, 'floor-frame');
  await build({
    root: FLOOR_FRAME_ROOT,
    configFile: false,
    logLevel: 'warn',
    // The app's preload of its code behind the first paint, for the floor's code.
    plugins: [react(), precompress(), preloadAppChunk('floor-frame/start.tsx')],
    build: { ...sharedBuildOptions, outDir: floorFrame, emptyOutDir: true },
  });
  return { app, floor, floorFrame };
}
