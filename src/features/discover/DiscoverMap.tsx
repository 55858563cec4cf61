import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LazyDirectoryMap, type MapMarker } from '../../map/LazyDirectoryMap';
import { mapLabels } from '../../map/map-labels';
import { tileSource } from '../../map/tile-source';
import type { Point } from '../../shared/directory';
import type { Directory } from './use-directory';

export interface MapEntry {
  marker: MapMarker;
  href: string;
  title: string;
  subtitle: string;
}

interface DiscoverMapProps {
  entries: readonly MapEntry[];
  directory: Directory;
  userLocation: Point | undefined;
}

/** The map beside a list: the same results as markers; choosing one shows a card with its link. */
export function DiscoverMap({ entries, directory, userLocation }: DiscoverMapProps) {
  const { t, i18n } = useTranslation();
  const [selected, setSelected] = useState<string>();
  const labels = useMemo(() => mapLabels((key, count) => t(`discover:map.${key}`, { count })), [t]);
  const markers = useMemo(() => entries.map((e) => e.marker), [entries]);
  const tiles = useMemo(() => tileSource(directory.mapConfig), [directory.mapConfig]);
  const chosen = entries.find((e) => e.marker.id === selected);

  return (
    <div className="discover-map">
      <p className="muted">{t('discover:map.hint')}</p>
      <LazyDirectoryMap
        key={i18n.language}
        markers={markers}
        labels={labels}
        onSelect={setSelected}
        {...(directory.quarters ? { quarters: directory.quarters } : {})}
        {...(directory.userQuarterId ? { highlightQuarterId: directory.userQuarterId } : {})}
        {...(tiles ? { tiles } : {})}
        {...(directory.mapConfig ? { dataAttribution: directory.mapConfig.dataAttribution } : {})}
        {...(userLocation ? { userLocation } : {})}
      />
      <div aria-live="polite" className="map-selection">
        {chosen && (
          <div className="directory-card" data-testid="map-selection">
            <h3>
              <Link to={chosen.href}>{chosen.title}</Link>
            </h3>
            <p className="card-meta">{chosen.subtitle}</p>
            {chosen.marker.approximate && <p className="muted">{t('discover:location.approximateShort')}</p>}
          </div>
        )}
      </div>
    </div>
  );
}
