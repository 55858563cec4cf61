import type * as Leaflet from 'leaflet';
import { useEffect, useRef } from 'react';
import { ERFURT_CENTRE, quarterOutlineStyle, useLeafletMap, useTileLayer } from './leaflet-base';
import type { LocationPickerProps } from './picker-types';
import 'leaflet/dist/leaflet.css';
import './map.css';
import './location-picker.css';

// A map to set one pin (the place a feedback or proposal is about), after DirectoryMap's pattern:
// map in a ref, removed on unmount, resized when the view enters; vectors always draw, tiles are a
// bonus. Tap or click sets the pin, the pin can be dragged, and "pin at the centre" lets keyboard
// users pan with the arrow keys and drop it — the feature also offers ways that need no map at all.

const PIN_SVG =
  '<svg width="28" height="40" viewBox="0 0 28 40" aria-hidden="true" focusable="false">' +
  '<path d="M14 39C14 39 2 25 2 14a12 12 0 1 1 24 0c0 11-12 25-12 25z" fill="#b3261e" stroke="#ffffff" stroke-width="2"/>' +
  '<circle cx="14" cy="14" r="4.5" fill="#ffffff"/></svg>';

export default function LocationPickerMap({ value, onChange, quarters, highlightQuarterId, tiles, labels }: LocationPickerProps) {
  const container = useRef<HTMLDivElement>(null);
  const change = useRef(onChange);
  change.current = onChange;
  const { leaflet, mapRef } = useLeafletMap(container, {
    zoomIn: labels.zoomIn,
    zoomOut: labels.zoomOut,
    center: value ? [value.lat, value.lng] : ERFURT_CENTRE,
    zoom: value ? 16 : 12,
    onCreate: (map) => map.on('click', (event: Leaflet.LeafletMouseEvent) => change.current(round(event.latlng))),
  });
  const tileStatus = useTileLayer(leaflet, mapRef, tiles);

  // The quarter outlines; the view starts on the chosen quarter unless a pin is already set.
  const framed = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!leaflet || !map || !quarters) return;
    const layer = leaflet.geoJSON(quarters as GeoJSON.FeatureCollection, { interactive: false, style: quarterOutlineStyle(highlightQuarterId) });
    layer.addTo(map);
    if (!framed.current && !value) {
      const own = layer.getLayers().find((l) => (l as Leaflet.Polygon).feature?.properties?.id === highlightQuarterId) as Leaflet.Polygon | undefined;
      const bounds = own?.getBounds();
      if (bounds?.isValid()) map.fitBounds(bounds, { padding: [16, 16] });
      framed.current = true;
    }
    return () => {
      layer.remove();
    };
  }, [leaflet, quarters, highlightQuarterId, value]);

  useEffect(() => {
    const map = mapRef.current;
    if (!leaflet || !map || !value) return;
    // An SVG pin whose tip is exactly at (14, 39), so the anchor is where the tip points.
    const icon = leaflet.divIcon({ className: 'qs-pin', html: PIN_SVG, iconSize: [28, 40], iconAnchor: [14, 39] });
    const marker = leaflet.marker([value.lat, value.lng], { icon, draggable: true, keyboard: true, title: labels.pin });
    marker.on('add', () => marker.getElement()?.setAttribute('aria-label', labels.pin));
    marker.on('dragend', () => change.current(round(marker.getLatLng())));
    marker.addTo(map);
    return () => {
      marker.remove();
    };
  }, [leaflet, value, labels.pin]);

  const pinAtCentre = () => {
    const map = mapRef.current;
    if (map) change.current(round(map.getCenter()));
  };

  return (
    <div className={`qs-map-frame qs-picker${tileStatus === 'failed' || !tiles ? ' qs-map-plain' : ''}`}>
      <div className="qs-picker-stage">
        <div ref={container} className="qs-map qs-picker-map" role="region" aria-label={labels.region} data-testid="location-map" data-tiles={tileStatus} />
        <span className="qs-picker-crosshair" aria-hidden="true" />
      </div>
      {!leaflet && <p className="qs-map-note">{labels.loading}</p>}
      {leaflet && (tileStatus === 'failed' || !tiles) && <p className="qs-map-note">{labels.tilesUnavailable}</p>}
      <button type="button" className="plain-button qs-picker-centre" onClick={pinAtCentre} disabled={!leaflet}>
        {labels.pinAtCentre}
      </button>
    </div>
  );
}

/** Six decimals (≈ 10 cm) is more than a tap can mean. */
function round(point: { lat: number; lng: number }): { lat: number; lng: number } {
  return { lat: Math.round(point.lat * 1e6) / 1e6, lng: Math.round(point.lng * 1e6) / 1e6 };
}
