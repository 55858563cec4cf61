import type { ClientConfig } from '../shared/client-config';

/** The tile server a map draws from, and the credit it must show. */
export interface TileSource {
  url: string;
  attribution: string;
}

/** The city's map configuration as a map's tile source; undefined while the configuration is not on the device. */
export function tileSource(config: Pick<ClientConfig, 'tileUrl' | 'tileAttribution'> | undefined): TileSource | undefined {
  return config ? { url: config.tileUrl, attribution: config.tileAttribution } : undefined;
}
