import { useLiveQuery } from '../../offline/use-live-query';
import { useEffect, useMemo } from 'react';
import { readFeedCatalogs, refreshCatalog, type QuarterSummary } from '../../offline/catalog';
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
  const catalogs = useLiveQuery(() => readFeedCatalogs(), []);
  useEffect(() => {
    void refreshCatalog('quarterNames');
    void refreshCatalog('quarters');
    void refreshCatalog('topics');
    void refreshCatalog('mapConfig');
  }, []);
  const { quarters, collection, topics, mapConfig } = catalogs ?? {};
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
