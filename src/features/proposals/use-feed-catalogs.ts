import { useLiveQuery } from '../../offline/use-live-query';
import { useEffect, useMemo } from 'react';
import { readCatalog, readQuarterNames, refreshCatalog, type QuarterSummary } from '../../offline/catalog';
import type { QuarterCollection } from '../../shared/catalog';
import { pickText } from '../../shared/languages';
import { tileSource, type TileSource } from '../../map/tile-source';

export interface FeedCatalogs {
  quarters: QuarterSummary[];
  collection: QuarterCollection | undefined;
  topicLabel: (id: string) => string;
  tiles: TileSource | undefined;
}

/** Names and outlines for the feed, from the device cache (revalidated in the background). */
export function useFeedCatalogs(language: string): FeedCatalogs {
  const quarters = useLiveQuery(() => readQuarterNames(), []);
  const collection = useLiveQuery(() => readCatalog('quarters'), []);
  const topics = useLiveQuery(() => readCatalog('topics'), []);
  const mapConfig = useLiveQuery(() => readCatalog('mapConfig'), []);
  useEffect(() => {
    void refreshCatalog('quarterNames');
    void refreshCatalog('quarters');
    void refreshCatalog('topics');
    void refreshCatalog('mapConfig');
  }, []);
  return useMemo(() => {
    const labels = new Map((topics ?? []).map((topic) => [topic.id, pickText(topic.label, language)]));
    return {
      quarters: quarters ?? [],
      collection,
      topicLabel: (id: string) => labels.get(id) ?? id,
      tiles: tileSource(mapConfig),
    };
  }, [quarters, collection, topics, mapConfig, language]);
}
