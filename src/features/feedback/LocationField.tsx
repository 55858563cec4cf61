import { useLiveQuery } from '../../offline/use-live-query';
import { Suspense, useId, useMemo, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { readCatalogs } from '../../offline/catalog';
import { currentPosition } from '../../offline/locate-quarter';
import { LazyLocationPickerMap, type PickerLabels } from '../../map/LazyLocationPickerMap';
import { tileSource } from '../../map/tile-source';
import { PLACE_DESCRIPTION_MAX, type PlaceDraft } from './draft-parts';

interface LocationFieldProps {
  value: PlaceDraft;
  onChange: (place: PlaceDraft) => void;
  quarterId: string;
}

const FAILED_KEYS = {
  denied: 'feedback:location.denied',
  unavailable: 'feedback:location.unavailable',
  timeout: 'feedback:location.unavailable',
  unsupported: 'feedback:location.unsupported',
} as const;

/**
 * Where exactly? Three ways, none required: the device's position, a pin on a map, or words.
 * The map is only loaded when asked for; nobody needs it to say where.
 */
export function LocationField({ value, onChange, quarterId }: LocationFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [showMap, setShowMap] = useState(false);
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<string>();
  const labels: PickerLabels = useMemo(
    () => ({
      region: t('feedback:location.mapRegion'),
      zoomIn: t('feedback:location.zoomIn'),
      zoomOut: t('feedback:location.zoomOut'),
      loading: t('feedback:location.mapLoading'),
      tilesUnavailable: t('feedback:location.tilesUnavailable'),
      pin: t('feedback:location.pin'),
      pinAtCentre: t('feedback:location.pinAtCentre'),
    }),
    [t],
  );

  const usePosition = async () => {
    setLocating(true);
    setProblem(undefined);
    const result = await currentPosition();
    setLocating(false);
    if (result.kind === 'found') onChange({ ...value, location: result.location, source: 'position' });
    else setProblem(FAILED_KEYS[result.reason]);
  };
  const { location } = value;

  return (
    <div className="location-field">
      <p className="field-hint">{t('feedback:location.explain')}</p>
      <div className="button-row">
        <button type="button" className="plain-button" onClick={() => void usePosition()} disabled={locating}>
          {t('feedback:location.usePosition')}
        </button>
        <button type="button" className="plain-button" aria-expanded={showMap} onClick={() => setShowMap((s) => !s)}>
          {showMap ? t('feedback:location.hideMap') : t('feedback:location.showMap')}
        </button>
      </div>
      <div aria-live="polite" data-testid="location-status">
        {locating && <p className="field-hint">{t('feedback:location.locating')}</p>}
        {problem && <p className="field-error">{t(problem)}</p>}
        {location && (
          <p className="location-set">
            {location.accuracy !== undefined && value.source === 'position'
              ? t('feedback:location.setWithAccuracy', { accuracy: Math.round(location.accuracy) })
              : t('feedback:location.set')}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => onChange({ description: value.description })}
            >
              {t('feedback:location.remove')}
            </button>
          </p>
        )}
      </div>
      {showMap && (
        <Suspense fallback={<p className="qs-map-note">{labels.loading}</p>}>
          <PickerMap
            key={i18n.language}
            labels={labels}
            onChange={(point) => onChange({ ...value, location: point, source: 'map' })}
            {...(location ? { value: location } : {})}
            {...(quarterId ? { highlightQuarterId: quarterId } : {})}
          />
        </Suspense>
      )}
      <div className="field">
        <label htmlFor={`${id}-describe`}>{t('feedback:location.describe')}</label>
        <input
          id={`${id}-describe`}
          className="native-input"
          maxLength={PLACE_DESCRIPTION_MAX}
          value={value.description}
          onChange={(e) => onChange({ ...value, description: e.target.value })}
          aria-describedby={`${id}-describe-hint`}
        />
        <p className="field-hint" id={`${id}-describe-hint`}>
          {t('feedback:location.describeHint')}
        </p>
      </div>
    </div>
  );
}

type PickerMapProps = Omit<ComponentProps<typeof LazyLocationPickerMap>, 'quarters' | 'tiles'>;

/**
 * The pin map with what it reads from the device: the boundaries (outlines) and the tile server, read only while
 * the map is open, so the form does not render again when they arrive on a first visit.
 */
function PickerMap(props: PickerMapProps) {
  const stored = useLiveQuery(() => readCatalogs(['quarters', 'mapConfig']), []);
  const mapConfig = stored?.mapConfig;
  const tiles = useMemo(() => tileSource(mapConfig), [mapConfig]);
  return <LazyLocationPickerMap {...props} {...(stored?.quarters ? { quarters: stored.quarters } : {})} {...(tiles ? { tiles } : {})} />;
}
