import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInitialAssets, gzipSize, measureInitial } from './initial-assets';
import { checkSize, overBudget, parseBudget } from './size-budget';

// A built client in miniature: an entry with a static import chain, a dynamic import that must not count,
// a modulepreload, a stylesheet, a script inline in the page, and a script from another origin that is not
// ours to measure.
const INLINE = `document.documentElement.dataset.start="${'z'.repeat(300)}"`;
const FILES: Record<string, string> = {
  'index.html': `<!doctype html><html><head>
    <script>${INLINE}</script>
    <script defer src="/first.js"></script>
    <script type="module" crossorigin src="/assets/entry.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/preloaded.js">
    <link rel="stylesheet" crossorigin href="/assets/app.css">
    <script src="https://elsewhere.example/tracker.js"></script>
    <link rel="manifest" href="/manifest.webmanifest"></head><body></body></html>`,
  'first.js': `globalThis.x=1;`,
  'assets/entry.js': `import{a}from"./a.js";const l=()=>import("./lazy.js");console.log(a,l);`,
  'assets/a.js': `import"./nested/b.js";export const a=1;`,
  'assets/nested/b.js': `import{c}from"../c.js";console.log(c,import.meta.url);`,
  'assets/c.js': `export const c="${'x'.repeat(500)}";`,
  'assets/preloaded.js': `export const p=2;`,
  'assets/lazy.js': `export const big="${'y'.repeat(5000)}";`,
  'assets/app.css': `body{color:red}`,
};

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qs-size-'));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('initial assets of the start page', () => {
  it('counts every same-origin script and follows static imports transitively, not dynamic ones', async () => {
    expect(await findInitialAssets(dir)).toEqual({
      js: ['/assets/a.js', '/assets/c.js', '/assets/entry.js', '/assets/nested/b.js', '/assets/preloaded.js', '/first.js'],
      css: ['/assets/app.css'],
    });
  });

  it('sums gzip level 9 of the exact files and of the inline script', async () => {
    const measured = await measureInitial(dir);
    const scripts = ['assets/a.js', 'assets/c.js', 'assets/entry.js', 'assets/nested/b.js', 'assets/preloaded.js', 'first.js'];
    const texts = [...scripts.map((path) => FILES[path] ?? ''), INLINE];
    const expected = texts.map((text) => gzipSync(Buffer.from(text), { level: 9 }).length).reduce((sum, size) => sum + size, 0);
    expect(measured.js.gzip).toBe(expected);
    expect(measured.js.files.map((file) => file.path)).toContain('/index.html#script-1');
    expect(measured.css.gzip).toBe(gzipSize(Buffer.from(FILES['assets/app.css'] ?? '')));
    expect(measured.js.bytes).toBe(texts.reduce((sum, text) => sum + text.length, 0));
  });
});

describe('the size budget', () => {
  it('passes at or under the budget and names each limit that was passed', async () => {
    const measured = await measureInitial(dir);
    expect(overBudget(measured, { jsGzip: measured.js.gzip, cssGzip: measured.css.gzip })).toEqual([]);
    expect(overBudget(measured, { jsGzip: measured.js.gzip - 1, cssGzip: measured.css.gzip })).toEqual([
      `initial JS: ${measured.js.gzip} B gzip is 1 B over the budget of ${measured.js.gzip - 1} B`,
    ]);
    expect(overBudget(measured, { jsGzip: 1, cssGzip: 1 })).toHaveLength(2);
  });

  it('fails the check of a build that grew past the committed file', async () => {
    const measured = await measureInitial(dir);
    const budgetFile = join(dir, 'budget.json');
    await writeFile(budgetFile, JSON.stringify({ jsGzip: measured.js.gzip - 10, cssGzip: 10_000 }));
    const over = await checkSize(dir, budgetFile);
    expect(over.ok).toBe(false);
    expect(over.report.join('\n')).toContain('initial JS');
    await writeFile(budgetFile, JSON.stringify({ jsGzip: measured.js.gzip, cssGzip: 10_000 }));
    expect((await checkSize(dir, budgetFile)).ok).toBe(true);
  });

  it('refuses a budget file without both limits', () => {
    expect(() => parseBudget({ jsGzip: 100 })).toThrow(/cssGzip/);
    expect(() => parseBudget({ jsGzip: -1, cssGzip: 5 })).toThrow();
    expect(parseBudget({ note: 'why', jsGzip: 100, cssGzip: 5 })).toEqual({ jsGzip: 100, cssGzip: 5 });
  });
});
