import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { inlineScriptTexts } from '../../src/server/http/inline-scripts';

/*
 * What a browser downloads before the start page's first paint, read from the build itself: the scripts, the modulepreloads and stylesheets (and preloaded styles) named in index.html, and every module those scripts import
 * statically (transitively). Scripts inline in index.html count as JS too (`index.html#script-1`, …): they are
 * code the page runs, only delivered inside the HTML. Dynamic imports are not followed: they load on demand. Sizes are gzip level 9
 * of the exact bytes, so the same build always measures the same.
 */

export interface InitialAssets {
  /** Paths as the page asks for them, e.g. `/assets/index-abc.js`. */
  js: string[];
  css: string[];
}

export interface AssetSizes {
  files: { path: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}

export interface InitialSizes {
  js: AssetSizes;
  css: AssetSizes;
}

/** The built client: `dist/client` once the server is bundled beside it, `dist` before that. */
export function defaultClientDir(root: string): string {
  const split = join(root, 'dist', 'client');
  return existsSync(join(split, 'index.html')) ? split : join(root, 'dist');
}

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

function tags(html: string): Tag[] {
  const found: Tag[] = [];
  for (const match of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? '').matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attributes.set((attribute[1] ?? '').toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    found.push({ name: (match[1] ?? '').toLowerCase(), attributes });
  }
  return found;
}

/** Same-origin absolute path of a URL in the page; null for another origin. */
function pagePath(url: string, base: string): string | null {
  const resolved = new URL(url, `http://page${base}`);
  return resolved.origin === 'http://page' ? resolved.pathname : null;
}

export async function findInitialAssets(clientDir: string): Promise<InitialAssets> {
  const html = await readFile(join(clientDir, 'index.html'), 'utf8');
  const js: string[] = [];
  const css: string[] = [];
  for (const { name, attributes } of tags(html)) {
    const rel = attributes.get('rel')?.toLowerCase();
    const url = name === 'script' ? attributes.get('src') : attributes.get('href');
    const path = url ? pagePath(url, '/') : null;
    if (!path) continue;
    // Module and classic scripts alike (a deferred classic script runs before the module entry too).
    if (name === 'script') js.push(path);
    else if (name === 'link' && rel === 'modulepreload') js.push(path);
    else if (name === 'link' && rel === 'stylesheet') css.push(path);
    // The app's styles are preloaded and put into the page by its entry before it renders (vite-build-options.ts).
    else if (name === 'link' && rel === 'preload' && attributes.get('as') === 'style') css.push(path);
  }
  await init;
  const seen = new Set<string>();
  const queue = [...js];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = await readFile(join(clientDir, path), 'utf8');
    const [imports] = parse(code, path);
    // d === -1: a static import statement; -2 is import.meta, >= 0 a dynamic import().
    for (const entry of imports) {
      if (entry.d !== -1 || !entry.n) continue;
      const target = pagePath(entry.n, posix.dirname(path) + '/');
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return { js: [...seen].sort(), css: [...new Set(css)].sort() };
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

async function sizes(clientDir: string, paths: string[]): Promise<AssetSizes> {
  const files = await Promise.all(
    paths.map(async (path) => {
      const bytes = await readFile(join(clientDir, path));
      return { path, bytes: bytes.length, gzip: gzipSize(bytes) };
    }),
  );
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}

export async function measureInitial(clientDir: string): Promise<InitialSizes> {
  const assets = await findInitialAssets(clientDir);
  const js = await sizes(clientDir, assets.js);
  const html = await readFile(join(clientDir, 'index.html'), 'utf8');
  const inline = inlineScriptTexts(html).map((text, index) => {
    const bytes = Buffer.from(text, 'utf8');
    return { path: `/index.html#script-${index + 1}`, bytes: bytes.length, gzip: gzipSize(bytes) };
  });
  return {
    js: {
      files: [...js.files, ...inline],
      bytes: js.bytes + inline.reduce((sum, file) => sum + file.bytes, 0),
      gzip: js.gzip + inline.reduce((sum, file) => sum + file.gzip, 0),
    },
    css: await sizes(clientDir, assets.css),
  };
}
