import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ManageMap } from '../common/ManageMap';
import { MetaParts } from '../common/MetaParts';

interface LocationBlockProps {
  id: string;
  location: { lat: number; lng: number; accuracy?: number | null };
  quarterId?: string;
}

/** The exact point (managers only): a small map, the coordinates, and a link to OpenStreetMap. */
export function LocationBlock({ id, location, quarterId }: LocationBlockProps) {
  const { t, i18n } = useTranslation();
  const markers = useMemo(() => [{ id, location: { lat: location.lat, lng: location.lng }, label: t('manage:detail.locationMarker'), approximate: false }], [id, location.lat, location.lng, t]);
  const number = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 5, maximumFractionDigits: 5 });
  const osm = `https://www.openstreetmap.org/?mlat=${location.lat}&mlon=${location.lng}#map=18/${location.lat}/${location.lng}`;
  return (
    <section aria-labelledby="detail-location" className="detail-section" data-testid="detail-location">
      <h3 id="detail-location">{t('manage:detail.location')}</h3>
      <ManageMap compact markers={markers} region={t('manage:detail.locationMap')} onSelect={() => undefined} {...(quarterId ? { highlightQuarterId: quarterId } : {})} />
      <p>
        <MetaParts
          parts={[
            t('manage:detail.coordinates', { latitude: number.format(location.lat), longitude: number.format(location.lng) }),
            typeof location.accuracy === 'number' && t('manage:detail.accuracy', { meters: Math.round(location.accuracy) }),
          ]}
        />
      </p>
      <p>
        <a href={osm} target="_blank" rel="noopener noreferrer">
          {t('manage:detail.openOsm')}
        </a>
      </p>
    </section>
  );
}
