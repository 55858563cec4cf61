import { lazyPart } from '../ui/LazyPart';
import type { LocationPickerProps } from './picker-types';

/** The pin-setting map in its own chunk together with Leaflet; a failed load shows a retry in its place. */
export const LazyLocationPickerMap = lazyPart<LocationPickerProps>(() =>
  import('./LocationPickerMap').then((module) => module.default),
);
export type { LocationPickerProps, PickerLabels } from './picker-types';
