import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

// The built client is compressed once, at build time, at the highest levels (too slow per request, free
// here): `x.js.br` and `x.js.gz` beside every text file, which @fastify/static serves by Accept-Encoding
// (`preCompressed`, src/server/http/static-app.ts). Both variants are written for every text file, however
// small, so the server never falls back to compressing a static file on the fly.

const TEXT_FILE = /\.(html|js|mjs|css|json|webmanifest|svg|txt|xml|map)$/;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface PrecompressedFile {
  file: string;
  bytes: number;
  br: number;
  gz: number;
}

export function isTextAsset(file: string): boolean {
  return TEXT_FILE.test(file);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Writes `.br` and `.gz` beside every text file under `dir`; returns the sizes, paths relative to `dir`. */
export async function precompressDir(dir: string): Promise<PrecompressedFile[]> {
  const files = (await listFiles(dir)).filter(isTextAsset).sort();
  // zlib's async calls run on libuv's thread pool, so the files compress in parallel.
  return Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
        gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
      return { file: path.relative(dir, file).split(path.sep).join('/'), bytes: bytes.length, br: br.length, gz: gz.length };
    }),
  );
}

/**
 * Runs after every other plugin has written its files (the PWA plugin writes sw.js in its own
 * closeBundle), so the service worker is compressed too. Put it last in the plugin list.
 */
export function precompress(): Plugin {
  let outDir = '';
  let logger: ResolvedConfig['logger'] | undefined;
  return {
    name: 'quartiersstimme:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const files = await precompressDir(outDir);
        const total = (key: 'bytes' | 'br' | 'gz') => files.reduce((sum, f) => sum + f[key], 0);
        logger?.info(`precompressed ${files.length} text files: ${total('bytes')} B → br ${total('br')} B, gzip ${total('gz')} B`);
      },
    },
  };
}
