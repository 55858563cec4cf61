import { lazy } from 'react';

/** The map component in its own chunk together with Leaflet; wrap it in <Suspense>. */
export const LazyDirectoryMap = lazy(() => import('./DirectoryMap'));
export type { DirectoryMapProps, MapLabels, MapMarker } from './map-types';
