import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, STATIC_DIR_ENV, assertBuilt } from './app-server';

/**
 * Runs once before any worker starts. A missing build is one clear message instead of N failed server starts.
 * The client build is then copied aside: in a shared working copy someone's `vite build` empties dist/client
 * mid-run, and a journey must not see half a build. Workers inherit the env var set here. The server runs from
 * dist/server in place: it must resolve node_modules and seeds from the project, and is read once per start.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  assertBuilt();
  const snapshot = await mkdtemp(join(tmpdir(), 'qs-e2e-dist-'));
  await cp(join(REPO_ROOT, 'dist', 'client'), snapshot, { recursive: true });
  process.env[STATIC_DIR_ENV] = snapshot;
  return async () => {
    await rm(snapshot, { recursive: true, force: true });
  };
}
