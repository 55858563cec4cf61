import { lazyPart } from '../ui/LazyPart';
import type { DirectoryMapProps } from './map-types';

/** The map component in its own chunk together with Leaflet; a failed load shows a retry in its place. */
export const LazyDirectoryMap = lazyPart<DirectoryMapProps>(() => import('./DirectoryMap').then((module) => module.default));
export type { DirectoryMapProps, MapLabels, MapMarker } from './map-types';
