import type * as Leaflet from 'leaflet';

// Leaflet and its cluster plugin, loaded on first use only (their chunk stays out of the start-up
// bundle; their CSS comes with DirectoryMap's chunk). The plugin patches the global `L`, so it is imported after Leaflet has set it.

let loading: Promise<typeof Leaflet> | undefined;

export function loadLeaflet(): Promise<typeof Leaflet> {
  loading ??= (async () => {
    const module = await import('leaflet');
    const L = (module as { default?: typeof Leaflet }).default ?? module;
    (globalThis as { L?: typeof Leaflet }).L ??= L;
    await import('leaflet.markercluster');
    return L;
  })();
  return loading;
}
