import { describe, expect, it } from 'vitest';
import { scaledSize } from './photo-reencode';

// The canvas path itself runs in real Chromium (e2e: a JPEG with GPS EXIF goes through the whole way).
describe('scaledSize', () => {
  it('shrinks the long edge to 1600 px and keeps the aspect ratio', () => {
    expect(scaledSize(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(3024, 4032)).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small photo', () => {
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 });
  });
});
