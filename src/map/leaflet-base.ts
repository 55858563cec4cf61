import { useIonViewDidEnter } from '@ionic/react';
import type * as Leaflet from 'leaflet';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { escapeHtml } from '../shared/escape-html';
import { loadLeaflet } from './load-leaflet';
import type { TileSource } from './tile-source';

// What every Leaflet map here shares (after ionic-conference-app's MapView): the map lives in a
// ref, is created once, removed on unmount and resized when the Ionic view enters or its box
// changes; tiles are a bonus whose status the map shows; quarter outlines look the same everywhere.

export const ERFURT_CENTRE: [number, number] = [50.978, 11.03];

const MAX_ZOOM = 19;

export type TileStatus = 'none' | 'loading' | 'ok' | 'failed';

interface MapSetup {
  zoomIn: string;
  zoomOut: string;
  center: [number, number];
  zoom: number;
  /** Runs once, right after the map exists (event handlers). */
  onCreate?: (map: Leaflet.Map, L: typeof Leaflet) => void;
  /** After each resize of the container, once the map has been told its new size. */
  onResize?: (map: Leaflet.Map, element: HTMLElement) => void;
}

/** Setup is read once at creation: the parents remount a map when the language changes. */
export function useLeafletMap(container: RefObject<HTMLDivElement | null>, setup: MapSetup) {
  const mapRef = useRef<Leaflet.Map | undefined>(undefined);
  const [leaflet, setLeaflet] = useState<typeof Leaflet>();
  const initial = useRef(setup);
  const onResize = useRef(setup.onResize);
  onResize.current = setup.onResize;

  useEffect(() => {
    let cancelled = false;
    void loadLeaflet().then((L) => {
      if (cancelled || !container.current) return;
      const { center, zoom, zoomIn, zoomOut, onCreate } = initial.current;
      // The map carries its own maxZoom: markercluster throws without one, and the tile layer that
      // would supply it is missing until the map config arrives (first visit, offline).
      // Zoom and fade animations only for people who did not ask their system for less motion.
      const animate = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      const map = L.map(container.current, {
        zoomControl: false,
        center,
        zoom,
        maxZoom: MAX_ZOOM,
        zoomAnimation: animate,
        fadeAnimation: animate,
        markerZoomAnimation: animate,
      });
      L.control.zoom({ zoomInTitle: zoomIn, zoomOutTitle: zoomOut }).addTo(map);
      map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
      onCreate?.(map, L);
      mapRef.current = map;
      setLeaflet(L);
    });
    return () => {
      cancelled = true;
      mapRef.current?.remove();
      mapRef.current = undefined;
    };
  }, [container]);

  useIonViewDidEnter(() => {
    mapRef.current?.invalidateSize();
  });
  useEffect(() => {
    const element = container.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const map = mapRef.current;
      if (!map) return;
      map.invalidateSize();
      onResize.current?.(map, element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);

  return { leaflet, mapRef };
}

/** Adds the tile layer; without a single loaded tile (offline, tests) the status says `failed`. */
export function useTileLayer(
  leaflet: typeof Leaflet | undefined,
  mapRef: RefObject<Leaflet.Map | undefined>,
  tiles: TileSource | undefined,
): TileStatus {
  const [status, setStatus] = useState<TileStatus>('none');
  useEffect(() => {
    const map = mapRef.current;
    if (!leaflet || !map || !tiles) return;
    let loaded = 0;
    setStatus('loading');
    const layer = leaflet.tileLayer(tiles.url, { attribution: escapeHtml(tiles.attribution), crossOrigin: 'anonymous', maxZoom: MAX_ZOOM });
    layer.on('tileload', () => {
      loaded += 1;
      setStatus('ok');
    });
    layer.on('tileerror', () => loaded === 0 && setStatus('failed'));
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [leaflet, mapRef, tiles]);
  return status;
}

/** The resident's own quarter drawn strongly, the others as thin dashed outlines. */
export function quarterOutlineStyle(highlightQuarterId: string | undefined) {
  return (feature: GeoJSON.Feature | undefined): Leaflet.PathOptions =>
    feature?.properties?.id === highlightQuarterId
      ? { color: '#1f5f8b', weight: 4, fillColor: '#1f5f8b', fillOpacity: 0.08 }
      : { color: '#5c5f66', weight: 1, fillOpacity: 0, dashArray: '3 3' };
}
