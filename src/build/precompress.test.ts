import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTextAsset, precompressDir } from './precompress';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qs-precompress-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('precompressDir', () => {
  it('writes a brotli and a gzip copy beside every text file, nested ones too, and leaves images alone', async () => {
    const script = `export const words = ${JSON.stringify('Quartier '.repeat(500))};\n`;
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'assets', 'index-abc.js'), script);
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(path.join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    const files = await precompressDir(dir);

    expect(files.map((f) => f.file)).toEqual(['assets/index-abc.js', 'index.html']);
    const big = files[0];
    expect(big?.bytes).toBe(Buffer.byteLength(script));
    expect(big?.br).toBeLessThan(big?.gz ?? 0);
    expect(big?.gz).toBeLessThan((big?.bytes ?? 0) / 10);
    const br = await readFile(path.join(dir, 'assets', 'index-abc.js.br'));
    const gz = await readFile(path.join(dir, 'assets', 'index-abc.js.gz'));
    expect(brotliDecompressSync(br).toString()).toBe(script);
    expect(gunzipSync(gz).toString()).toBe(script);
    // Tiny files get both variants as well: the server then never compresses a static file per request.
    expect((await readdir(dir)).sort()).toEqual(['assets', 'icon.png', 'index.html', 'index.html.br', 'index.html.gz']);
  });

  it('is deterministic, so a rebuild of the same sources gives the same bytes', async () => {
    await writeFile(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});'.repeat(50));
    await precompressDir(dir);
    const first = await readFile(path.join(dir, 'sw.js.gz'));
    await rm(path.join(dir, 'sw.js.gz'));
    await rm(path.join(dir, 'sw.js.br'));
    await precompressDir(dir);
    expect(await readFile(path.join(dir, 'sw.js.gz'))).toEqual(first);
  });
});

describe('isTextAsset', () => {
  it('takes text formats and skips binaries and compressed copies', () => {
    for (const name of ['index.html', 'a.js', 'a.css', 'manifest.webmanifest', 'icons/logo.svg', 'data.json']) {
      expect(isTextAsset(name), name).toBe(true);
    }
    for (const name of ['icon.png', 'font.woff2', 'a.js.br', 'a.js.gz', 'photo.jpg']) {
      expect(isTextAsset(name), name).toBe(false);
    }
  });
});
