import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { missingDependencies, packageName, undeclaredInputs } from './build-server';

// The checks that keep `npm ci --omit=dev` enough for dist/server and the staleness check honest.

function metafile(inputs: string[], imports: Array<{ path: string; external: boolean }>): Metafile {
  return {
    inputs: Object.fromEntries(inputs.map((file) => [file, { bytes: 1, imports: [] }])),
    outputs: { 'dist/server/main.js': { bytes: 1, inputs: {}, imports: imports.map((i) => ({ ...i, kind: 'import-statement' as const })), exports: [] } },
  };
}

describe('server bundle checks', () => {
  it('names packages the bundle imports that a production install would not have', () => {
    const meta = metafile([], [
      { path: 'fastify', external: true },
      { path: '@fastify/static', external: true },
      { path: 'node:fs', external: true },
      { path: 'crypto', external: true },
      { path: 'date-fns/locale', external: true },
      { path: 'vite', external: true },
      { path: 'src/server/app.ts', external: false },
    ]);
    expect(missingDependencies(meta, new Set(['fastify', '@fastify/static']))).toEqual([
      'imports date-fns, which is not in "dependencies" (npm ci --omit=dev would not install it)',
      'imports vite, which is not in "dependencies" (npm ci --omit=dev would not install it)',
    ]);
    expect(missingDependencies(meta, new Set(['fastify', '@fastify/static', 'date-fns', 'vite']))).toEqual([]);
  });

  it('names bundled sources the staleness check does not watch', () => {
    const meta = metafile(['src/server/main.ts', 'src/shared/limits.ts', 'node_modules/x/index.js', 'i18n/de/common.json'], []);
    expect(undeclaredInputs(meta)).toEqual([
      'bundles i18n/de/common.json, which is outside PARTS.server.inputs in src/build/stale.mjs',
    ]);
  });

  it('reads package names from specifiers', () => {
    expect(packageName('@fastify/static/types')).toBe('@fastify/static');
    expect(packageName('date-fns/locale/de')).toBe('date-fns');
    expect(packageName('zod')).toBe('zod');
  });
});
