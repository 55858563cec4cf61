import { DEFAULT_TILE_URL } from '../shared/tiles';

export { tileOrigins } from '../shared/tiles';
export { DEFAULT_TILE_URL };

// Map tiles are the one thing the app loads from elsewhere. The operator chooses the tile server
// (`TILE_URL`, an XYZ template) and the attribution it requires (`TILE_ATTRIBUTION`).

export interface TileConfig {
  tileUrl: string;
  tileAttribution: string;
}

export const DEFAULT_TILE_ATTRIBUTION = '© OpenStreetMap-Mitwirkende (openstreetmap.org/copyright)';

export class TileConfigError extends Error {
  override name = 'TileConfigError';
}

export function readTileConfig(env: Record<string, string | undefined> = process.env): TileConfig {
  const tileUrl = env.TILE_URL?.trim() || DEFAULT_TILE_URL;
  const tileAttribution =
    env.TILE_ATTRIBUTION?.trim() || (tileUrl === DEFAULT_TILE_URL ? DEFAULT_TILE_ATTRIBUTION : '');
  if (!/^https?:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/.test(tileUrl)) {
    throw new TileConfigError(`TILE_URL must be an http(s) URL with {z}, {x} and {y}, got "${tileUrl}"`);
  }
  if (!tileAttribution) throw new TileConfigError('Set TILE_ATTRIBUTION for your TILE_URL (tile servers require it)');
  return { tileUrl, tileAttribution };
}
