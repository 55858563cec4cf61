import type { QuarterCollection } from '../shared/catalog';
import type { Attribution } from '../shared/city';
import type { Point } from '../shared/directory';
import type { TileSource } from './tile-source';

// What a feature hands to the map. Texts come translated from the feature: this folder has no i18n.

export interface MapMarker {
  id: string;
  location: Point;
  label: string;
  /** Only the quarter is known: drawn hollow, and the feature says "approximate location". */
  approximate: boolean;
}

export interface MapLabels {
  region: string;
  zoomIn: string;
  zoomOut: string;
  loading: string;
  tilesUnavailable: string;
  yourLocation: string;
  cluster: (count: number) => string;
}

export interface DirectoryMapProps {
  markers: readonly MapMarker[];
  quarters?: QuarterCollection;
  /** Outlined strongly: the resident's own quarter. */
  highlightQuarterId?: string;
  tiles?: TileSource;
  dataAttribution?: readonly Attribution[];
  userLocation?: Point;
  labels: MapLabels;
  onSelect: (id: string) => void;
}
