import { describe, expect, it } from 'vitest';
import { chunkFileName, isLanguageChunk, OTHER_LANGUAGE_CHUNKS } from './language-chunks';

describe('translation chunks', () => {
  it('are named by language and namespace', () => {
    expect(chunkFileName({ facadeModuleId: '/repo/i18n/de-simple/common.json' })).toBe('assets/i18n.de-simple.common-[hash].js');
    expect(chunkFileName({ facadeModuleId: '/repo/src/app/App.tsx' })).toBe('assets/[name]-[hash].js');
    expect(chunkFileName({ facadeModuleId: null })).toBe('assets/[name]-[hash].js');
  });

  // Whether workbox honours these patterns is checked on the built worker (e2e/languages-offline.spec.ts).
  it('leave only German in the precache', () => {
    expect(OTHER_LANGUAGE_CHUNKS).toContain('assets/i18n.ar.*.js');
    expect(OTHER_LANGUAGE_CHUNKS).toContain('assets/i18n.de-simple.*.js');
    expect(OTHER_LANGUAGE_CHUNKS.some((p) => p.startsWith('assets/i18n.de.'))).toBe(false);
  });

  it('are recognised by the runtime cache route', () => {
    expect(isLanguageChunk('/assets/i18n.ar.common-Ab12_x.js')).toBe(true);
    expect(isLanguageChunk('/assets/i18n.de-simple.manage-content-Ab12.js')).toBe(true);
    expect(isLanguageChunk('/assets/index-Ab12.js')).toBe(false);
    expect(isLanguageChunk('/api/v1/catalog')).toBe(false);
  });
});
