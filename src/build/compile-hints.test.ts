import { describe, expect, it } from 'vitest';
import { APP_CHUNK_MODULE, COMPILE_HINT, compileHintsForStartChunks, startChunkFileNames } from './vite-build-options';

const chunk = (fileName: string, extra: Record<string, unknown> = {}) => ({
  type: 'chunk',
  fileName,
  code: `/* ${fileName} */`,
  imports: [] as string[],
  isEntry: false,
  isDynamicEntry: false,
  ...extra,
});

function bundle() {
  return {
    'assets/index.js': chunk('assets/index.js', { isEntry: true, imports: ['assets/preload.js'] }),
    'assets/preload.js': chunk('assets/preload.js'),
    'assets/boot.js': chunk('assets/boot.js', {
      isDynamicEntry: true,
      facadeModuleId: `/app/${APP_CHUNK_MODULE}`,
      imports: ['assets/react.js'],
      map: { mappings: 'AAAA,CAAC' },
    }),
    'assets/react.js': chunk('assets/react.js', { imports: ['assets/runtime.js'] }),
    'assets/runtime.js': chunk('assets/runtime.js'),
    'assets/map.js': chunk('assets/map.js', { isDynamicEntry: true, facadeModuleId: '/app/src/map/index.ts', imports: ['assets/react.js', 'assets/leaflet.js'] }),
    'assets/leaflet.js': chunk('assets/leaflet.js'),
    'assets/boot.css': { type: 'asset', fileName: 'assets/boot.css', source: 'body{}' },
    // Rolldown writes a chunk's source map from this asset, not from chunk.map.
    'assets/boot.js.map': { type: 'asset', fileName: 'assets/boot.js.map', source: JSON.stringify({ version: 3, sources: ['src/boot.tsx'], mappings: 'AAAA,CAAC' }) },
  };
}

describe('compile hints for the start page', () => {
  it('picks the entries and the app chunk with all they import, not the screens loaded later', () => {
    expect([...startChunkFileNames(bundle())].sort()).toEqual(['assets/boot.js', 'assets/index.js', 'assets/preload.js', 'assets/react.js', 'assets/runtime.js']);
  });

  it('puts the hint at the very top of those chunks once, and leaves the others and the styles alone', () => {
    const files = bundle();
    const hook = (compileHintsForStartChunks().generateBundle as { handler: (this: unknown, options: unknown, bundle: unknown) => void }).handler;
    hook.call({}, {}, files);
    hook.call({}, {}, files);
    expect(files['assets/boot.js'].code).toBe(`${COMPILE_HINT}/* assets/boot.js */`);
    // Its source map moved down by the comment's line, once.
    expect((files['assets/boot.js'] as { map?: { mappings: string } }).map?.mappings).toBe(';AAAA,CAAC');
    expect(JSON.parse(files['assets/boot.js.map'].source)).toEqual({ version: 3, sources: ['src/boot.tsx'], mappings: ';AAAA,CAAC' });
    expect(files['assets/runtime.js'].code.startsWith(COMPILE_HINT)).toBe(true);
    expect(files['assets/map.js'].code).toBe('/* assets/map.js */');
    expect(files['assets/leaflet.js'].code).toBe('/* assets/leaflet.js */');
    expect(files['assets/boot.css'].source).toBe('body{}');
  });
});
