import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './inline-scripts';

// The expected hash was computed apart from this code: printf '%s' '<script text>' | openssl dgst -sha256 -binary | base64
const SCRIPT = 'document.documentElement.dataset.ok="yes"';
const HASH = "'sha256-syDZuNEAwIXUs3nZFkpCwh3kQEL9T/79R83pVv1SxDg='";

describe('hashes of the inline scripts the CSP allows', () => {
  it('hashes the exact text of each inline script, and skips scripts loaded from a file', () => {
    const html = `<!doctype html><html><head><script>${SCRIPT}</script><script type="module" crossorigin src="/assets/index-abc.js"></script><SCRIPT defer src='/zod-jitless.js'></SCRIPT></head><body></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([HASH]);
  });

  it('counts every character between the tags: a changed script gets another hash', () => {
    expect(inlineScriptHashes(`<script> ${SCRIPT}</script>`)).not.toEqual([HASH]);
    expect(inlineScriptHashes(`<script>${SCRIPT}</script >`)).toEqual([HASH]);
  });

  it('finds none in a page without inline scripts', () => {
    expect(inlineScriptHashes('<!doctype html><title>Quartiersstimme</title><script src="/a.js"></script>')).toEqual([]);
  });
});
