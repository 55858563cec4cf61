import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyDirectoryMap, type MapMarker } from '../../map/LazyDirectoryMap';
import { mapLabels } from '../../map/map-labels';
import type { TileSource } from '../../map/tile-source';
import type { QuarterCollection } from '../../shared/catalog';
import type { FeedItem } from '../../shared/feed';
import { prefersReducedMotion } from '../../ui/motion';

interface FeedMapProps {
  items: readonly FeedItem[];
  quarters: QuarterCollection | undefined;
  quarterId: string;
  tiles: TileSource | undefined;
}

/** Ionic scrolls inside its own container, so a plain #anchor does not reach the card. */
function showInList(id: string) {
  const heading = document.getElementById(`feed-${id}`);
  heading?.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'center' });
  heading?.focus({ preventScroll: true });
}

/** The feed's items with a place, at their coarsened positions; choosing one names it below the map. */
export function FeedMap({ items, quarters, quarterId, tiles }: FeedMapProps) {
  const { t, i18n } = useTranslation();
  const [selected, setSelected] = useState<string>();
  const labels = useMemo(() => mapLabels((key, count) => t(`proposals:map.${key}`, { count })), [t]);
  const placed = useMemo(() => items.filter((i) => i.location), [items]);
  const markers: MapMarker[] = useMemo(
    () =>
      placed.flatMap((i) =>
        i.location ? [{ id: i.id, location: i.location, label: i.title ?? t('proposals:kind.feedback'), approximate: true }] : [],
      ),
    [placed, t],
  );
  const chosen = placed.find((i) => i.id === selected);
  return (
    <div className="feed-map">
      <p className="muted">{t('proposals:map.hint', { count: placed.length, total: items.length })}</p>
      <LazyDirectoryMap
        key={i18n.language}
        markers={markers}
        labels={labels}
        onSelect={setSelected}
        highlightQuarterId={quarterId}
        {...(quarters ? { quarters } : {})}
        {...(tiles ? { tiles } : {})}
      />
      <div aria-live="polite">
        {chosen && (
          <p className="feed-map-selection">
            <button type="button" className="link-button" onClick={() => showInList(chosen.id)}>
              {t('proposals:map.showInList', { title: chosen.title ?? t('proposals:kind.feedback') })}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
