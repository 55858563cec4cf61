import type { MapLabels } from './map-types';

/** The words every map needs; a feature supplies them from its own namespace (this folder has no i18n). */
export type MapTextKey = 'region' | 'zoomIn' | 'zoomOut' | 'loading' | 'tilesUnavailable' | 'yourLocation' | 'cluster';

export function mapLabels(text: (key: MapTextKey, count?: number) => string): MapLabels {
  return {
    region: text('region'),
    zoomIn: text('zoomIn'),
    zoomOut: text('zoomOut'),
    loading: text('loading'),
    tilesUnavailable: text('tilesUnavailable'),
    yourLocation: text('yourLocation'),
    cluster: (count: number) => text('cluster', count),
  };
}
