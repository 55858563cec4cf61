import type { Figures } from '../../shared/manage';
import { SUBMISSION_STATUSES } from '../../shared/submission';
import type { Catalog } from '../catalog/catalog';
import type { Executor } from '../db/schema';
import { figureSources, type FigureSources } from '../repositories/figures';
import type { InboxFilters, Scope } from '../repositories/inbox';
import { readPayload } from '../repositories/stored-item';
import { monthOf } from './inbox-filters';

// The numbers behind the manager's charts. Supports are counted per proposal, not as input of their
// own (unless asked for with kind=support).

export async function computeFigures(
  db: Executor,
  scope: Scope,
  filters: InboxFilters,
  catalog: Catalog,
  readerId?: string,
): Promise<Figures> {
  const sources = await figureSources(db, scope, filters, readerId);
  const rows = sources.items.filter((r) => r.kind !== 'support' || filters.kind === 'support');
  const tz = catalog.city.timeZone;
  const themeOf = new Map(catalog.topics.map((t) => [t.id, t.theme]));
  const byQuarterMonth = new Counter<[string, string]>();
  const byThemeMonth = new Counter<[string, string]>();
  const byTopic = new Counter<[string]>();
  const byStatus = new Map<string, number>();
  for (const row of rows) {
    const month = monthOf(row.received_at, tz);
    if (row.quarter_id !== null) byQuarterMonth.add([row.quarter_id, month]);
    const theme = row.topic_id !== null ? themeOf.get(row.topic_id) : undefined;
    if (theme) byThemeMonth.add([theme, month]);
    if (row.topic_id !== null) byTopic.add([row.topic_id]);
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
  }
  return {
    byQuarterMonth: byQuarterMonth.entries().map(([[quarterId, month], count]) => ({ quarterId, month, count })),
    byThemeMonth: byThemeMonth.entries().map(([[theme, month], count]) => ({ theme, month, count })),
    byTopic: byTopic.entries().map(([[topicId], count]) => ({ topicId, count })),
    statusDistribution: SUBMISSION_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    medianHoursToFirstAnswer: medianHoursToFirstAnswer(sources.history, new Map(rows.map((r) => [r.id, r.received_at]))),
    supportsPerProposal: sources.proposals
      .map((p) => ({ id: p.id, title: readPayload(p.payload).title ?? '', quarterId: p.quarter_id ?? '', count: Number(p.support_count) }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
  };
}

/**
 * Per item: hours from receipt to the first later history entry that changes the status or sets a
 * public answer (notes and moderation alone are not an answer to the resident). Items never answered
 * do not count; null when none was.
 */
function medianHoursToFirstAnswer(history: FigureSources['history'], receivedAt: ReadonlyMap<string, string>): number | null {
  if (receivedAt.size === 0) return null;
  const first = new Map<string, string>();
  const seen = new Set<string>();
  for (const entry of history) {
    // The first entry of every item is its arrival (`received`); answers come after it.
    if (!seen.has(entry.submission_id)) {
      seen.add(entry.submission_id);
      continue;
    }
    if (first.has(entry.submission_id)) continue;
    const answers = (entry.status !== null && entry.status !== 'received') || entry.public_response !== null;
    if (answers) first.set(entry.submission_id, entry.at);
  }
  const hours: number[] = [];
  for (const [id, at] of first) {
    const received = receivedAt.get(id);
    if (received !== undefined) hours.push((Date.parse(at) - Date.parse(received)) / 3_600_000);
  }
  return median(hours);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

/** Counts by a tuple key, answered in key order so charts and tables are stable. */
class Counter<K extends readonly string[]> {
  private readonly counts = new Map<string, { key: K; count: number }>();

  add(key: K): void {
    const id = key.join('\u0000');
    const entry = this.counts.get(id);
    if (entry) entry.count++;
    else this.counts.set(id, { key, count: 1 });
  }

  entries(): Array<[K, number]> {
    return [...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => [v.key, v.count]);
  }
}
