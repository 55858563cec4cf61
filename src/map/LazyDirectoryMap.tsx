import { lazy, Suspense } from 'react';
import type { DirectoryMapProps } from './map-types';

/** The map component in its own chunk together with Leaflet; wrap it in <Suspense> (or use DirectoryMapSlot). */
export const LazyDirectoryMap = lazy(() => import('./DirectoryMap'));
export type { DirectoryMapProps, MapLabels, MapMarker } from './map-types';

/**
 * The lazy map with its loading line while Leaflet arrives. Give it `key={language}`: the map draws
 * its texts once, so a language switch needs a new one.
 */
export function DirectoryMapSlot(props: DirectoryMapProps) {
  return (
    <Suspense fallback={<p className="qs-map-note">{props.labels.loading}</p>}>
      <LazyDirectoryMap {...props} />
    </Suspense>
  );
}
