import { describe, expect, it } from 'vitest';
import { DEFAULT_TILE_URL, isTileUrl, tileOrigins } from './tiles';

describe('tile servers', () => {
  it('knows the origins of a template, with {s} subdomains', () => {
    expect(tileOrigins(DEFAULT_TILE_URL)).toEqual(['https://tile.openstreetmap.org']);
    expect(tileOrigins('https://{s}.tiles.example.org/{z}/{x}/{y}.png')).toHaveLength(3);
    expect(tileOrigins('not a url')).toEqual([]);
  });

  it('matches only z/x/y images on the configured origins', () => {
    const origins = new Set(tileOrigins(DEFAULT_TILE_URL));
    expect(isTileUrl(new URL('https://tile.openstreetmap.org/13/4301/2746.png'), origins)).toBe(true);
    expect(isTileUrl(new URL('https://tile.openstreetmap.org/13/4301/2746@2x.png'), origins)).toBe(true);
    expect(isTileUrl(new URL('https://tile.openstreetmap.org/robots.txt'), origins)).toBe(false);
    expect(isTileUrl(new URL('https://evil.example.org/13/4301/2746.png'), origins)).toBe(false);
    expect(isTileUrl(new URL('http://localhost/api/v1/13/1/2.png'), origins)).toBe(false);
  });
});
