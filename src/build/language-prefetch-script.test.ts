import type { IndexHtmlTransformContext, IndexHtmlTransformResult } from 'vite';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PREFETCH_ENTRY, languagePrefetchScript } from './vite-build-options';

type Handler = (html: string, context: IndexHtmlTransformContext) => IndexHtmlTransformResult;

function run(bundle: Record<string, unknown>): IndexHtmlTransformResult {
  const hook = languagePrefetchScript().transformIndexHtml as { handler: Handler };
  return hook.handler('<html><head></head></html>', { path: '/index.html', filename: 'index.html', bundle } as unknown as IndexHtmlTransformContext);
}

describe('the language prefetch script', () => {
  it('names the built prefetch entry first in the head, as a module script', () => {
    const result = run({
      'assets/index-a.js': { type: 'chunk', isEntry: true, facadeModuleId: '/app/index.html', fileName: 'assets/index-a.js' },
      'assets/language-prefetch-b.js': { type: 'chunk', isEntry: true, facadeModuleId: `/app/${LANGUAGE_PREFETCH_ENTRY}`, fileName: 'assets/language-prefetch-b.js' },
    });
    expect(result).toMatchObject({
      tags: [{ tag: 'script', attrs: { type: 'module', src: '/assets/language-prefetch-b.js' }, injectTo: 'head-prepend' }],
    });
  });

  it('fails the build when the entry is missing, rather than shipping a page without it', () => {
    expect(() => run({ 'assets/index-a.js': { type: 'chunk', isEntry: true, facadeModuleId: '/app/index.html', fileName: 'assets/index-a.js' } })).toThrow(/not an entry/);
  });
});
