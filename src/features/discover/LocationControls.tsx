import { useTranslation } from 'react-i18next';
import type { useUserLocation } from './use-location';

const FAILED_KEYS = {
  denied: 'discover:location.denied',
  unavailable: 'discover:location.unavailable',
  unsupported: 'discover:location.unsupported',
} as const;

type Geo = ReturnType<typeof useUserLocation>;

/** Sorting by distance is offered, never required; the position stays on this device. */
export function LocationButton({ geo }: { geo: Geo }) {
  const { t } = useTranslation();
  const { state } = geo;
  return state.status === 'found' ? (
    <button type="button" className="plain-button" onClick={geo.forget}>
      {t('discover:location.forget')}
    </button>
  ) : (
    <button type="button" className="plain-button" onClick={geo.locate} disabled={state.status === 'locating'}>
      {t('discover:location.use')}
    </button>
  );
}

/** How the list is sorted right now, announced when it changes. */
export function SortNote({ geo, hasQuarter }: { geo: Geo; hasQuarter: boolean }) {
  const { t } = useTranslation();
  const { state } = geo;
  return (
    <p className="muted sort-note" role="status">
      {state.status === 'found'
        ? t('discover:sort.distance')
        : state.status === 'locating'
          ? t('discover:location.locating')
          : state.status === 'failed'
            ? t(FAILED_KEYS[state.reason])
            : t(hasQuarter ? 'discover:sort.quarterFirst' : 'discover:sort.name')}
    </p>
  );
}
