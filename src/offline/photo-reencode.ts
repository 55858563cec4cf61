import { LIMITS } from '../shared/limits';

/*
 * Photos are redrawn on a canvas and encoded anew as JPEG before they are stored or sent: a canvas
 * carries pixels only, so EXIF (GPS position, camera, time) is gone — on the device, before the
 * outbox ever sees the file. EXIF orientation is applied first so the picture stays upright.
 */

export const PHOTO_MAX_EDGE = 1600;
const QUALITY = 0.85;

export class NotAnImageError extends Error {
  constructor() {
    super('This file is not a picture the browser can read');
    this.name = 'NotAnImageError';
  }
}

export class PhotoTooLargeError extends Error {
  constructor() {
    super('The photo is still too large after resizing');
    this.name = 'PhotoTooLargeError';
  }
}

export interface ReencodedPhoto {
  blob: Blob;
  type: 'image/jpeg';
  width: number;
  height: number;
}

export function scaledSize(width: number, height: number, maxEdge = PHOTO_MAX_EDGE): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function reencodePhoto(file: Blob, maxEdge = PHOTO_MAX_EDGE): Promise<ReencodedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new NotAnImageError();
  }
  const { width, height } = scaledSize(bitmap.width, bitmap.height, maxEdge);
  let blob: Blob | null;
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
    blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
  } else {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
    blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
  }
  bitmap.close();
  if (!blob) throw new NotAnImageError();
  if (blob.size > LIMITS.mediaMaxBytes) throw new PhotoTooLargeError();
  return { blob, type: 'image/jpeg', width, height };
}
