import { open as openFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { open as openZip, type Entry, type ZipFile } from 'yauzl';
import { ImportError } from './quarters-from-boundaries';

// Reads a boundary download: plain GeoJSON, or a zip holding one GeoJSON file (Erfurt's geoportal
// ships `stadtteile.zip`). A zip with a shapefile only is named as such, with the way out.

/** Larger than any city's boundaries; guards against a zip bomb unpacking into memory. */
const MAX_ENTRY_BYTES = 200 * 1024 * 1024;

export async function readBoundaryFile(file: string, entryName?: string): Promise<{ json: unknown; source: string }> {
  if (await isZip(file)) {
    const { text, source } = await readZipEntry(file, entryName);
    return { json: parseJson(text, source), source };
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ImportError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  return { json: parseJson(text, path.basename(file)), source: path.basename(file) };
}

async function isZip(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await openFile(file, 'r');
  } catch (error) {
    throw new ImportError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    // A byte-order mark is common in files exported on Windows.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`${source} is not valid JSON (${(error as Error).message})`);
  }
}

async function readZipEntry(file: string, wanted: string | undefined): Promise<{ text: string; source: string }> {
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    openZip(file, { lazyEntries: true, autoClose: false }, (error, zipfile) =>
      error || !zipfile ? reject(new ImportError(`not a readable zip (${error?.message ?? 'no content'})`)) : resolve(zipfile),
    );
  });
  try {
    const entries = await listEntries(zip);
    const names = entries.map((e) => e.fileName);
    const candidates = entries.filter((e) => (wanted ? e.fileName === wanted || path.posix.basename(e.fileName) === wanted : /\.(geo)?json$/i.test(e.fileName)));
    if (candidates.length === 0) {
      if (wanted) throw new ImportError(`the zip has no entry "${wanted}" (entries: ${names.join(', ')})`);
      if (names.some((n) => /\.shp$/i.test(n))) {
        throw new ImportError(
          'the zip holds a shapefile, not GeoJSON; download the GeoJSON variant, or convert it: ' +
            'ogr2ogr -f GeoJSON -t_srs EPSG:4326 quarters.geojson <file>.shp',
        );
      }
      throw new ImportError(`the zip holds no .geojson or .json file (entries: ${names.join(', ') || 'none'})`);
    }
    if (candidates.length > 1) {
      throw new ImportError(`the zip holds several GeoJSON files (${candidates.map((c) => c.fileName).join(', ')}); choose one with --entry`);
    }
    const entry = candidates[0] as Entry;
    if (entry.uncompressedSize > MAX_ENTRY_BYTES) throw new ImportError(`${entry.fileName} is larger than 200 MB`);
    return { text: await readEntry(zip, entry), source: `${path.basename(file)}:${entry.fileName}` };
  } finally {
    zip.close();
  }
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      // Folders and macOS resource forks are not data.
      if (!entry.fileName.endsWith('/') && !entry.fileName.startsWith('__MACOSX/')) entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', (error: Error) => reject(new ImportError(`the zip is damaged (${error.message})`)));
    zip.readEntry();
  });
}

function readEntry(zip: ZipFile, entry: Entry): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(new ImportError(`cannot unpack ${entry.fileName} (${error?.message ?? 'no data'})`));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('error', (e: Error) => reject(new ImportError(`cannot unpack ${entry.fileName} (${e.message})`)));
      stream.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  });
}
