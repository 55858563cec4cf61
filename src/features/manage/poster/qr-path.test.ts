import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrShape } from './qr-path';

// Rasterises the path (it is only unit squares) and lets an independent decoder read it back.
function rasterise(size: number, d: string, scale: number): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(size * scale * size * scale * 4).fill(255);
  for (const match of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const x0 = Number(match[1]) * scale;
    const y0 = Number(match[2]) * scale;
    for (let y = y0; y < y0 + scale; y++) {
      for (let x = x0; x < x0 + scale; x++) pixels.fill(0, (y * size * scale + x) * 4, (y * size * scale + x) * 4 + 3);
    }
  }
  return pixels;
}

describe('QR code shape', () => {
  it('decodes back to the link it was made from', async () => {
    const link = 'https://stimme.erfurt.de/mitmachen?quarter=erfurt-15-herrenberg';
    const { size, d } = await qrShape(link);
    expect(size).toBeGreaterThan(2 * QUIET_ZONE + 20);
    const scale = 4;
    expect(jsQR(rasterise(size, d, scale), size * scale, size * scale)?.data).toBe(link);
  });
});
