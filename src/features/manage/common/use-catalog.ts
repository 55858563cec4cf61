import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { readCatalog, refreshCatalog, summariseQuarters, type QuarterSummary } from '../../../offline/catalog';
import type { Topic } from '../../../shared/catalog';

// Quarters and topics from the offline catalog (the same cache residents use); refreshed once when
// the manager area opens, so a manager who never used the resident side still gets names.

export interface CatalogNames {
  quarters: QuarterSummary[];
  topics: Topic[];
  quarterName: (id: string | null | undefined) => string;
  topicLabel: (id: string | null | undefined) => string;
}

export function useCatalogNames(): CatalogNames {
  const { i18n } = useTranslation();
  const quarterCollection = useLiveQuery(() => readCatalog('quarters'), []);
  const topicList = useLiveQuery(() => readCatalog('topics'), []);
  useEffect(() => {
    void refreshCatalog('quarters');
    void refreshCatalog('topics');
  }, []);
  return useMemo(() => {
    const quarters = quarterCollection ? summariseQuarters(quarterCollection) : [];
    const topics = topicList ?? [];
    const quarterById = new Map(quarters.map((q) => [q.id, q.name]));
    const topicById = new Map(topics.map((topic) => [topic.id, topic.label[i18n.language] ?? topic.label.de]));
    return {
      quarters,
      topics,
      quarterName: (id) => (id ? (quarterById.get(id) ?? id) : ''),
      topicLabel: (id) => (id ? (topicById.get(id) ?? id) : ''),
    };
  }, [quarterCollection, topicList, i18n.language]);
}

/** The quarters a user may pick: all for an admin, the assigned ones for a manager. */
export function quartersFor(all: QuarterSummary[], user: { role: string; quarterIds: string[] }): QuarterSummary[] {
  if (user.role === 'admin') return all;
  const own = new Set(user.quarterIds);
  return all.filter((q) => own.has(q.id));
}
