import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

// Responses made per request (API JSON, CSV and GeoJSON exports, the OpenAPI document) are compressed
// on the fly when they are larger than COMPRESS_THRESHOLD bytes; below that the headers cost more than
// they save. The built client is compressed at build time and served as is (static-app.ts): a reply
// that already has a Content-Encoding is left alone. Photos are JPEG and never recompressed (the
// plugin only compresses types the mime database calls compressible).

export const COMPRESS_THRESHOLD = 1024;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    globalCompression: true,
    // No client sends compressed request bodies; inflating them would only open a way around the body limits.
    globalDecompression: false,
    threshold: COMPRESS_THRESHOLD,
    // Brotli at the plugin's default quality 4 (fast enough per request), gzip for the rest; a client
    // offering only deflate gets the plain body.
    encodings: ['br', 'gzip'],
  });
}
