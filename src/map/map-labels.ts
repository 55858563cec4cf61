import type { MapLabels } from './map-types';

/** The words every map needs; a feature supplies them from its own namespace (this folder has no i18n). */
export const MAP_TEXT_KEYS = ['region', 'zoomIn', 'zoomOut', 'loading', 'tilesUnavailable', 'yourLocation', 'cluster'] as const;
export type MapTextKey = (typeof MAP_TEXT_KEYS)[number];

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
