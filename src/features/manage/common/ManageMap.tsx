import { useLiveQuery } from '../../../offline/use-live-query';
import { Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { readCatalogs, refreshCatalog } from '../../../offline/catalog';
import { LazyDirectoryMap, type MapMarker } from '../../../map/LazyDirectoryMap';
import { mapLabels } from '../../../map/map-labels';
import { tileSource } from '../../../map/tile-source';

interface ManageMapProps {
  markers: readonly MapMarker[];
  region: string;
  onSelect: (id: string) => void;
  highlightQuarterId?: string;
  compact?: boolean;
}

/** The shared Leaflet wrapper (src/map, its own lazy chunk) with the manager area's texts and tiles. */
export function ManageMap({ markers, region, onSelect, highlightQuarterId, compact }: ManageMapProps) {
  const { t, i18n } = useTranslation();
  const catalogs = useLiveQuery(() => readCatalogs(['mapConfig', 'quarters']), []);
  const mapConfig = catalogs?.mapConfig;
  const quarters = catalogs?.quarters;
  // Both, not only the tiles: a manager who opens /verwaltung directly has never loaded the resident screens
  // that fetch the boundaries, and the note under the map says they are drawn.
  useEffect(() => {
    void refreshCatalog('mapConfig');
    void refreshCatalog('quarters');
  }, []);
  const labels = useMemo(() => ({ ...mapLabels((key, count) => t(`manage:map.${key}`, { count })), region }), [t, region]);
  const tiles = useMemo(() => tileSource(mapConfig), [mapConfig]);
  return (
    <div className={compact ? 'manage-map manage-map-compact' : 'manage-map'}>
      <Suspense fallback={<p className="qs-map-note">{labels.loading}</p>}>
        <LazyDirectoryMap
          key={i18n.language}
          markers={markers}
          labels={labels}
          onSelect={onSelect}
          {...(quarters ? { quarters } : {})}
          {...(highlightQuarterId ? { highlightQuarterId } : {})}
          {...(tiles ? { tiles } : {})}
          {...(mapConfig ? { dataAttribution: mapConfig.dataAttribution } : {})}
        />
      </Suspense>
    </div>
  );
}
