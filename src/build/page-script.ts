import { build } from 'esbuild';

/**
 * A module of the app bundled with esbuild into one classic script for a page to run (the journeys' outbox
 * helper, the outbox bench), with `import.meta.env` as Vite's production build replaces it: without it
 * `import.meta.env.DEV` (src/offline/db.ts) reads a property of undefined and the script throws when it runs.
 */
export async function bundlePageScript(entryPath: string): Promise<string> {
  const result = await build({
    entryPoints: [entryPath],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2022',
    define: { 'import.meta.env': JSON.stringify({ BASE_URL: '/', MODE: 'production', DEV: false, PROD: true, SSR: false }) },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}
