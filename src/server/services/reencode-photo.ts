import type { Metadata, Sharp, SharpOptions } from 'sharp';

// Every photo is decoded and encoded again on the server, whatever the device did (DESIGN §2): the
// output is a fresh JPEG made from pixels only, so EXIF (GPS, camera, time), XMP, IPTC and ICC data
// cannot survive. The orientation EXIF carried is applied to the pixels first, so nothing looks turned.

export const PHOTO_TYPES = ['image/jpeg', 'image/webp', 'image/png'] as const;
export const PHOTO_MAX_EDGE = 1600;
/** Decoding cost grows with pixels, not bytes: a small file can still unpack into a huge bitmap. */
export const PHOTO_MAX_PIXELS = 50_000_000;
const DECODABLE = new Set(['jpeg', 'png', 'webp']);

export class PhotoRefused extends Error {
  constructor(
    readonly reason: 'not_an_image' | 'too_many_pixels',
    message: string,
  ) {
    super(message);
    this.name = 'PhotoRefused';
  }
}

export interface Photo {
  bytes: Buffer;
  mime: 'image/jpeg';
  width: number;
  height: number;
}

export function isPhotoType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return (PHOTO_TYPES as readonly string[]).includes(type ?? '');
}

type SharpFactory = (input: Buffer, options?: SharpOptions) => Sharp;
let loaded: Promise<SharpFactory> | undefined;

/**
 * libvips is loaded with the first photo, not at start: a server that takes no photos keeps its
 * ~20 MB. Its operation cache (up to 50 MB by default) is off — every upload is a new image, so
 * nothing in it would ever be used again — and one photo is worked on with two threads.
 */
function loadSharp(): Promise<SharpFactory> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    sharp.concurrency(2);
    return sharp;
  });
  return loaded;
}

export async function reencodePhoto(input: Buffer): Promise<Photo> {
  const sharp = await loadSharp();
  // The header is read first: the real format must be one of ours (a GIF, SVG or TIFF labelled
  // image/jpeg is refused), and the pixel count is checked before anything is decoded.
  let metadata: Metadata;
  try {
    metadata = await sharp(input).metadata();
  } catch {
    throw notAnImage();
  }
  if (!metadata.format || !DECODABLE.has(metadata.format)) throw notAnImage();
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > PHOTO_MAX_PIXELS) {
    throw new PhotoRefused('too_many_pixels', `The photo has more than ${PHOTO_MAX_PIXELS / 1_000_000} megapixels`);
  }
  try {
    const { data, info } = await sharp(input, { failOn: 'error', limitInputPixels: PHOTO_MAX_PIXELS })
      .autoOrient()
      .resize({ width: PHOTO_MAX_EDGE, height: PHOTO_MAX_EDGE, fit: 'inside', withoutEnlargement: true })
      // JPEG has no transparency; a PNG's transparent parts become white rather than black.
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, mime: 'image/jpeg', width: info.width, height: info.height };
  } catch {
    // A header that looked right over a truncated or corrupt body.
    throw notAnImage();
  }
}

function notAnImage(): PhotoRefused {
  return new PhotoRefused('not_an_image', 'This is not a photo we can read: send a JPEG, WebP or PNG image');
}
