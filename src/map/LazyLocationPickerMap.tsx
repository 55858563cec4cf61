import { lazy } from 'react';

/** The pin-setting map in its own chunk together with Leaflet; wrap it in <Suspense>. */
export const LazyLocationPickerMap = lazy(() => import('./LocationPickerMap'));
export type { LocationPickerProps, PickerLabels } from './picker-types';
