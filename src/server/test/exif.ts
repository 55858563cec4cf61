import sharp from 'sharp';

// Test helpers for the "EXIF stripped end to end" check: a real JPEG that carries GPS coordinates and
// a rotation, and a reader that finds the GPS latitude in an EXIF block — so the test proves the
// input really had it, instead of trusting the writer.

export async function jpegWithGps(width = 40, height = 20): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a7' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Quartier 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 58/1 41/1', GPSLongitudeRef: 'E', GPSLongitude: '11/1 1/1 44/1' },
    })
    // 6 = "turn 90° clockwise to view": a 40×20 sensor image is a 20×40 photo.
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** Degrees of GPSLatitude (tag 2 in the GPS IFD), or undefined when the EXIF block has none. */
export function gpsLatitude(exif: Buffer | undefined): number | undefined {
  if (!exif) return undefined;
  const tiff = exif.subarray(exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0);
  const little = tiff.subarray(0, 2).toString('latin1') === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const entries = (ifd: number) =>
    Array.from({ length: u16(ifd) }, (_, i) => ifd + 2 + i * 12).map((at) => ({ tag: u16(at), value: u32(at + 8) }));
  const gpsIfd = entries(u32(4)).find((e) => e.tag === 0x8825)?.value;
  if (gpsIfd === undefined) return undefined;
  const latitude = entries(gpsIfd).find((e) => e.tag === 0x0002)?.value;
  if (latitude === undefined) return undefined;
  const rational = (i: number) => u32(latitude + i * 8) / u32(latitude + i * 8 + 4);
  return rational(0) + rational(1) / 60 + rational(2) / 3600;
}
