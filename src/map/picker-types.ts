import type { QuarterCollection } from '../shared/catalog';
import type { TileSource } from './tile-source';

// What a feature hands to the location picker. Texts come translated from the feature.

export interface PickerLabels {
  region: string;
  zoomIn: string;
  zoomOut: string;
  loading: string;
  tilesUnavailable: string;
  pin: string;
  pinAtCentre: string;
}

export interface LocationPickerProps {
  value?: { lat: number; lng: number };
  onChange: (point: { lat: number; lng: number }) => void;
  quarters?: QuarterCollection;
  /** The chosen quarter: outlined and shown first. */
  highlightQuarterId?: string;
  tiles?: TileSource;
  labels: PickerLabels;
}
