import { readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { PARTS } from './stale.mjs';

// The server, the admin CLI and the boundary importer, each bundled into one ES module under dist/server
// for plain `node`. Packages stay external (native ones like better-sqlite3 and sharp must), so the
// build checks that each one it imports is a production dependency: `npm ci --omit=dev` must be enough
// to run dist/server. All three files sit at dist/server/<name>.js, two levels below the project, like
// src/server/config.ts: PROJECT_ROOT (seeds, package.json) resolves the same from source and bundle.

export const SERVER_ENTRIES = {
  main: 'src/server/main.ts',
  admin: 'src/server/cli/admin.ts',
  'import-quarters': 'src/server/cli/import-quarters.ts',
} as const;

const BUILTINS = new Set(builtinModules);

export async function buildServer(root: string): Promise<Metafile> {
  const outdir = path.join(root, 'dist', 'server');
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.entries(SERVER_ENTRIES).map(([out, entry]) => ({ in: entry, out })),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // The oldest Node we test (package.json engines).
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  const dependencies = await productionDependencies(root);
  const problems = [...missingDependencies(result.metafile, dependencies), ...undeclaredInputs(result.metafile)];
  if (problems.length > 0) throw new Error(`Server build: ${problems.join('; ')}`);
  return result.metafile;
}

async function productionDependencies(root: string): Promise<Set<string>> {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return new Set(Object.keys(pkg.dependencies ?? {}));
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

export function missingDependencies(metafile: Metafile, dependencies: ReadonlySet<string>): string[] {
  const imported = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const { path: specifier, external } of output.imports) {
      if (!external || specifier.startsWith('node:') || BUILTINS.has(specifier)) continue;
      imported.add(packageName(specifier));
    }
  }
  return [...imported]
    .filter((name) => !dependencies.has(name))
    .sort()
    .map((name) => `imports ${name}, which is not in "dependencies" (npm ci --omit=dev would not install it)`);
}

/** Every source file in the bundle must be an input the staleness check watches (stale.mjs). */
export function undeclaredInputs(metafile: Metafile): string[] {
  const watched = PARTS.server.inputs;
  return Object.keys(metafile.inputs)
    .filter((file) => !file.startsWith('node_modules/'))
    .filter((file) => !watched.some((input) => file === input || file.startsWith(`${input}/`)))
    .map((file) => `bundles ${file}, which is outside PARTS.server.inputs in src/build/stale.mjs`);
}
