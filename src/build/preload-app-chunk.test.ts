import type { IndexHtmlTransformContext, IndexHtmlTransformResult } from 'vite';
import { describe, expect, it } from 'vitest';
import { APP_CHUNK_MODULE, preloadAppChunk } from './vite-build-options';

type Handler = (html: string, context: IndexHtmlTransformContext) => IndexHtmlTransformResult;

function run(html: string, bundle: Record<string, unknown>, appModule?: string): IndexHtmlTransformResult {
  const hook = preloadAppChunk(appModule).transformIndexHtml as { handler: Handler };
  return hook.handler(html, { path: '/index.html', filename: 'index.html', bundle } as unknown as IndexHtmlTransformContext);
}

const chunk = (fileName: string, extra: Record<string, unknown> = {}) => ({ type: 'chunk', fileName, imports: [], dynamicImports: [], isDynamicEntry: false, ...extra });

describe('preloading the app chunk', () => {
  it('preloads the app chunk, what it imports and its styles at low priority, and nothing index.html names already', () => {
    const result = run('<html><head><link rel="modulepreload" href="/assets/react.js"></head></html>', {
      'assets/index.js': chunk('assets/index.js', { isEntry: true, facadeModuleId: '/app/index.html' }),
      'assets/boot.js': chunk('assets/boot.js', {
        isDynamicEntry: true,
        facadeModuleId: `/app/${APP_CHUNK_MODULE}`,
        imports: ['assets/react.js', 'assets/db.js'],
        viteMetadata: { importedCss: new Set(['assets/boot.css']) },
      }),
      'assets/db.js': chunk('assets/db.js', { imports: ['assets/react.js'] }),
      'assets/react.js': chunk('assets/react.js'),
      'assets/map.js': chunk('assets/map.js', { isDynamicEntry: true, facadeModuleId: '/app/src/map/index.ts' }),
    }) as { tags: Array<{ tag: string; attrs: Record<string, unknown> }> };
    expect(result.tags.map((tag) => tag.attrs)).toEqual([
      { rel: 'preload', as: 'style', fetchpriority: 'low', crossorigin: true, href: '/assets/boot.css' },
      { rel: 'modulepreload', fetchpriority: 'low', crossorigin: true, href: '/assets/boot.js' },
      { rel: 'modulepreload', fetchpriority: 'low', crossorigin: true, href: '/assets/db.js' },
    ]);
  });

  it("preloads the module it is told of instead (the first-visit bench's frame-first floor)", () => {
    const bundle = {
      'assets/index.js': chunk('assets/index.js', { isEntry: true }),
      'assets/start.js': chunk('assets/start.js', { isDynamicEntry: true, facadeModuleId: '/bench/first-visit/floor-frame/start.tsx' }),
    };
    const result = run('<html></html>', bundle, 'floor-frame/start.tsx') as { tags: Array<{ attrs: Record<string, unknown> }> };
    expect(result.tags.map((tag) => tag.attrs['href'])).toEqual(['/assets/start.js']);
    expect(() => run('<html></html>', bundle)).toThrow(`${APP_CHUNK_MODULE} is not a chunk`);
  });

  it('fails the build when a step the entry imports before the app chunk brings styles', () => {
    const bundle = (stepImports: string[]) => ({
      'assets/index.js': chunk('assets/index.js', { isEntry: true, dynamicImports: ['assets/catalog.js', 'assets/boot.js'] }),
      'assets/catalog.js': chunk('assets/catalog.js', { isDynamicEntry: true, facadeModuleId: '/app/src/offline/catalog.ts', imports: stepImports }),
      'assets/boot.js': chunk('assets/boot.js', {
        isDynamicEntry: true,
        facadeModuleId: `/app/${APP_CHUNK_MODULE}`,
        imports: ['assets/catalog.js', 'assets/picker.js'],
        viteMetadata: { importedCss: new Set(['assets/boot.css']) },
      }),
      'assets/picker.js': chunk('assets/picker.js', { viteMetadata: { importedCss: new Set(['assets/picker.css']) } }),
    });
    expect(() => run('<html></html>', bundle([]))).not.toThrow();
    expect(() => run('<html></html>', bundle(['assets/picker.js']))).toThrow(
      '/app/src/offline/catalog.ts, imported by assets/index.js before the app, brings styles (assets/picker.css)',
    );
  });

  it('fails the build when the app chunk is missing, rather than shipping a page that waits for it', () => {
    expect(() => run('<html></html>', { 'assets/index.js': chunk('assets/index.js', { isEntry: true }) })).toThrow(/not a chunk/);
  });
});
