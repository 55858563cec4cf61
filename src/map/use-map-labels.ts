import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLabels } from './LazyDirectoryMap';

/**
 * The map's words from a feature's namespace (`<ns>:map.*`): each map names its own region and
 * cluster text, but every map needs the same set. `region` overrides the namespace's region name
 * (the manager area names each map after what it shows).
 */
export function useMapLabels(namespace: 'discover' | 'proposals' | 'manage', region?: string): MapLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      region: region ?? t(`${namespace}:map.region`),
      zoomIn: t(`${namespace}:map.zoomIn`),
      zoomOut: t(`${namespace}:map.zoomOut`),
      loading: t(`${namespace}:map.loading`),
      tilesUnavailable: t(`${namespace}:map.tilesUnavailable`),
      yourLocation: t(`${namespace}:map.yourLocation`),
      cluster: (count: number) => t(`${namespace}:map.cluster`, { count }),
    }),
    [t, namespace, region],
  );
}
