import type * as Leaflet from 'leaflet';
import { useEffect, useRef } from 'react';
import { escapeHtml } from '../shared/escape-html';
import { ERFURT_CENTRE, quarterOutlineStyle, useLeafletMap, useTileLayer } from './leaflet-base';
import type { DirectoryMapProps } from './map-types';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import './map.css';

// One Leaflet map for the directory (after ionic-conference-app's MapView): the map lives in a ref,
// is removed on unmount and resized when the Ionic view enters. Quarter outlines and markers are
// vectors and always draw; tiles are a bonus — when none load (offline, tests) the plain background
// stays and a note says so. Markers are div icons (no image URLs for the bundler to break).

export default function DirectoryMap(props: DirectoryMapProps) {
  const { markers, quarters, highlightQuarterId, tiles, dataAttribution, userLocation, labels, onSelect } = props;
  const container = useRef<HTMLDivElement>(null);
  /** Bounds still to fit once the container has a size (it may have none while styles load). */
  const pendingFit = useRef<Leaflet.LatLngBounds | undefined>(undefined);
  const fitted = useRef(false);
  const select = useRef(onSelect);
  select.current = onSelect;
  const clusterLabel = useRef(labels.cluster);
  clusterLabel.current = labels.cluster;

  const { leaflet, mapRef } = useLeafletMap(container, {
    zoomIn: labels.zoomIn,
    zoomOut: labels.zoomOut,
    center: ERFURT_CENTRE,
    zoom: 12,
    // Cluster icons are markers too: give each focusable one a name when it appears.
    onCreate: (map) =>
      map.on('layeradd', (event) => {
        const layer = event.layer as Leaflet.Layer & { getChildCount?: () => number; getElement?: () => HTMLElement | undefined };
        if (typeof layer.getChildCount === 'function') {
          layer.getElement?.()?.setAttribute('aria-label', clusterLabel.current(layer.getChildCount()));
        }
      }),
    onResize: (map, element) => {
      if (pendingFit.current && element.clientHeight > 0) {
        map.fitBounds(pendingFit.current, { padding: [30, 30], maxZoom: 14 });
        pendingFit.current = undefined;
      }
    },
  });
  const tileStatus = useTileLayer(leaflet, mapRef, tiles);

  useEffect(() => {
    const map = mapRef.current;
    if (!leaflet || !map || !dataAttribution) return;
    const texts = dataAttribution.map((a) => (a.url ? `<a href="${escapeHtml(a.url)}">${escapeHtml(a.text)}</a>` : escapeHtml(a.text)));
    for (const text of texts) map.attributionControl.addAttribution(text);
    return () => {
      for (const text of texts) map.attributionControl.removeAttribution(text);
    };
  }, [leaflet, dataAttribution]);

  // Quarter outlines, the resident's own drawn strongly.
  useEffect(() => {
    const map = mapRef.current;
    if (!leaflet || !map || !quarters) return;
    const layer = leaflet.geoJSON(quarters as GeoJSON.FeatureCollection, { interactive: false, style: quarterOutlineStyle(highlightQuarterId) });
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [leaflet, quarters, highlightQuarterId]);

  // Markers, clustered.
  useEffect(() => {
    const map = mapRef.current;
    if (!leaflet || !map) return;
    const cluster = leaflet.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, spiderfyOnMaxZoom: true });
    for (const m of markers) {
      const icon = leaflet.divIcon({
        className: `qs-marker${m.approximate ? ' qs-marker-approximate' : ''}`,
        html: '<span class="qs-marker-dot"></span>',
        iconSize: [30, 30],
        iconAnchor: [15, 15],
      });
      const marker = leaflet.marker([m.location.lat, m.location.lng], { icon, title: m.label, keyboard: true, riseOnHover: true });
      marker.on('add', () => marker.getElement()?.setAttribute('aria-label', m.label));
      marker.on('click', () => select.current(m.id));
      cluster.addLayer(marker);
    }
    map.addLayer(cluster);
    if (!fitted.current) {
      const bounds = cluster.getBounds();
      if (bounds.isValid()) {
        fitted.current = true;
        if (container.current && container.current.clientHeight > 0) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 14 });
        else pendingFit.current = bounds;
      }
    }
    return () => {
      map.removeLayer(cluster);
    };
  }, [leaflet, markers]);

  useEffect(() => {
    const map = mapRef.current;
    if (!leaflet || !map || !userLocation) return;
    const dot = leaflet.circleMarker([userLocation.lat, userLocation.lng], {
      radius: 8,
      color: '#ffffff',
      weight: 3,
      fillColor: '#b3261e',
      fillOpacity: 1,
      interactive: false,
    });
    dot.bindTooltip(labels.yourLocation);
    dot.addTo(map);
    return () => {
      dot.remove();
    };
  }, [leaflet, userLocation, labels.yourLocation]);

  return (
    // Leaflet adds its own classes to the container, so React must never rewrite that className.
    <div className={`qs-map-frame${tileStatus === 'failed' || !tiles ? ' qs-map-plain' : ''}`}>
      <div
        ref={container}
        className="qs-map"
        role="region"
        aria-label={labels.region}
        data-testid="directory-map"
        data-tiles={tileStatus}
      />
      {!leaflet && <p className="qs-map-note">{labels.loading}</p>}
      {leaflet && (tileStatus === 'failed' || !tiles) && (
        <p className="qs-map-note" data-testid="tiles-unavailable">
          {labels.tilesUnavailable}
        </p>
      )}
    </div>
  );
}
