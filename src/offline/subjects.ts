import type { Submission } from '../shared/submission';
import { readCatalog } from './catalog';
import { getDatabase, type CatalogRecord, type QsDatabase } from './db';
import { parseCachedFeed } from './feed';

// What a support or an interest is about, named for "Meine Beiträge": a support names its proposal, an
// interest its offer. Read from what the device has: the cached feeds (proposals) and the opportunity
// catalog (in the resident's language); the title kept when it was sent is the fallback.

export interface Subjects {
  /** proposal id → its title (or the start of its text) */
  proposals: ReadonlyMap<string, string>;
  /** opportunity id → its title in the language asked for */
  opportunities: ReadonlyMap<string, string>;
}

interface TitledOpportunity {
  id: string;
  title: Record<string, string> & { de: string };
}

/** Builds the lookups from the cached rows; pure, so it is tested without IndexedDB. */
export function subjectsFrom(feedRows: readonly CatalogRecord[], opportunities: readonly TitledOpportunity[], language: string): Subjects {
  const proposals = new Map<string, string>();
  for (const row of feedRows) {
    for (const item of parseCachedFeed(row.data, row.fetchedAt)?.items ?? []) {
      if (item.kind === 'proposal' && !proposals.has(item.id)) proposals.set(item.id, item.title ?? item.text);
    }
  }
  const base = language.split('-')[0] ?? language;
  return {
    proposals,
    opportunities: new Map(opportunities.map((o) => [o.id, o.title[language] ?? o.title[base] ?? o.title.de])),
  };
}

export async function readSubjects(language: string, db: QsDatabase = getDatabase()): Promise<Subjects> {
  const [feedRows, opportunities] = await Promise.all([
    db.catalog.where('key').startsWith('feed:').toArray(),
    readCatalog('opportunities', db),
  ]);
  return subjectsFrom(feedRows, opportunities ?? [], language);
}

/** The name of what `item` is about, or undefined for kinds that are about themselves (feedback, proposals). */
export function subjectOf(item: Submission, kept: string | undefined, subjects: Subjects | undefined): string | undefined {
  if (item.kind === 'support') return subjects?.proposals.get(item.proposalId) ?? kept;
  if (item.kind === 'interest') return subjects?.opportunities.get(item.opportunityId) ?? kept;
  return undefined;
}
