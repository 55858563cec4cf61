import type { Centre, Opportunity } from '../../shared/directory';
import type { Executor } from '../db/schema';
import type { Scope } from './inbox';

// Centres and opportunities as editable rows (migration 0003). The seed files fill the tables once,
// on the first start; after that the database is the truth and the seeds are not read again for them.
// Scope works as for submissions: a manager reaches only rows of their quarters.

export type DirectoryKind = 'centres' | 'opportunities';

export interface DirectoryRow {
  id: string;
  quarterId: string | null;
  payload: string;
  published: boolean;
  createdAt: string;
  updatedAt: string;
}

function scoped(db: Executor, kind: DirectoryKind, scope: Scope) {
  const query = db.selectFrom(kind).selectAll();
  if (scope.all) return query;
  return query.where('quarter_id', 'in', db.selectFrom('user_quarters').select('quarter_id').where('user_id', '=', scope.userId));
}

function toRow(row: { id: string; quarter_id: string | null; payload: string; published: number; created_at: string; updated_at: string }): DirectoryRow {
  return {
    id: row.id,
    quarterId: row.quarter_id,
    payload: row.payload,
    published: Number(row.published) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listDirectory(db: Executor, kind: DirectoryKind, scope: Scope): Promise<DirectoryRow[]> {
  return (await scoped(db, kind, scope).orderBy('id').execute()).map(toRow);
}

export async function findDirectoryEntry(db: Executor, kind: DirectoryKind, scope: Scope, id: string): Promise<DirectoryRow | undefined> {
  const row = await scoped(db, kind, scope).where('id', '=', id).executeTakeFirst();
  return row ? toRow(row) : undefined;
}

/** What the public endpoints serve, in a stable order. */
export async function publishedPayloads(db: Executor, kind: DirectoryKind): Promise<string[]> {
  const rows = await db.selectFrom(kind).select('payload').where('published', '=', 1).orderBy('id').execute();
  return rows.map((r) => r.payload);
}

/** False when the id is taken (the primary key decides, also between two instances). */
export async function tryInsertEntry(
  db: Executor,
  kind: DirectoryKind,
  entry: { id: string; quarterId: string | null; payload: string; published: boolean },
  now: Date = new Date(),
): Promise<boolean> {
  const at = now.toISOString();
  const inserted = await db
    .insertInto(kind)
    .values({
      id: entry.id,
      quarter_id: entry.quarterId,
      payload: entry.payload,
      published: entry.published ? 1 : 0,
      created_at: at,
      updated_at: at,
      ...centreColumn(kind, entry.payload),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateEntry(
  db: Executor,
  kind: DirectoryKind,
  id: string,
  change: { quarterId?: string | null; payload?: string; published?: boolean },
  now: Date = new Date(),
): Promise<void> {
  await db
    .updateTable(kind)
    .set({
      ...(change.quarterId !== undefined ? { quarter_id: change.quarterId } : {}),
      ...(change.payload !== undefined ? { payload: change.payload, ...centreColumn(kind, change.payload) } : {}),
      ...(change.published !== undefined ? { published: change.published ? 1 : 0 } : {}),
      updated_at: now.toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** The quarter an entry belongs to (null: none, admins only); undefined when there is no such entry. */
export async function findEntryQuarter(db: Executor, kind: DirectoryKind, id: string): Promise<{ quarterId: string | null } | undefined> {
  const row = await db.selectFrom(kind).select('quarter_id').where('id', '=', id).executeTakeFirst();
  return row ? { quarterId: row.quarter_id } : undefined;
}

/** The quarter an opportunity belongs to; undefined when there is no such opportunity. */
export const findOpportunityQuarter = (db: Executor, id: string) => findEntryQuarter(db, 'opportunities', id);

export async function findCentreQuarter(db: Executor, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('centres').select('quarter_id').where('id', '=', id).executeTakeFirst();
  return row?.quarter_id ?? undefined;
}

/** Opportunities without a quarter of their own follow their centre when it moves. */
export async function moveCentreOpportunities(db: Executor, centreId: string, quarterId: string): Promise<void> {
  // The centre's opportunities by index (centre_id, 0004); only those without a quarter of their own move.
  const rows = await db.selectFrom('opportunities').select(['id', 'payload']).where('centre_id', '=', centreId).execute();
  for (const row of rows) {
    const o = JSON.parse(row.payload) as Partial<Opportunity>;
    if (o.quarterId === undefined) {
      await db.updateTable('opportunities').set({ quarter_id: quarterId }).where('id', '=', row.id).execute();
    }
  }
}

/**
 * Opportunities keep their centre in a column of its own; it is read from the payload here, where
 * the payload is written, so the two can never disagree.
 */
function centreColumn(kind: DirectoryKind, payload: string): { centre_id?: string | null } {
  if (kind !== 'opportunities') return {};
  const centreId: unknown = (JSON.parse(payload) as { centreId?: unknown }).centreId;
  return { centre_id: typeof centreId === 'string' ? centreId : null };
}

export async function contentVersion(db: Executor, kind: DirectoryKind): Promise<number> {
  const row = await db.selectFrom('content_versions').select('version').where('name', '=', kind).executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** One statement, so two parallel edits cannot both read the same number. */
export async function bumpContentVersion(db: Executor, kind: DirectoryKind): Promise<void> {
  await db
    .insertInto('content_versions')
    .values({ name: kind, version: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ version: eb('content_versions.version', '+', 1) })))
    .execute();
}

/** First start only: fills each empty table from the seeds, published. */
export async function importSeedsOnce(
  db: Executor,
  seeds: { centres: readonly Centre[]; opportunities: readonly Opportunity[] },
  now: Date = new Date(),
): Promise<void> {
  const centreQuarter = new Map(seeds.centres.map((c) => [c.id, c.quarterId]));
  const entries: Record<DirectoryKind, Array<{ id: string; quarterId: string | null; payload: string }>> = {
    centres: seeds.centres.map((c) => ({ id: c.id, quarterId: c.quarterId, payload: JSON.stringify(c) })),
    opportunities: seeds.opportunities.map((o) => ({
      id: o.id,
      quarterId: o.quarterId ?? (o.centreId ? (centreQuarter.get(o.centreId) ?? null) : null),
      payload: JSON.stringify(o),
    })),
  };
  for (const kind of ['centres', 'opportunities'] as const) {
    const any = await db.selectFrom(kind).select('id').limit(1).executeTakeFirst();
    if (any) continue;
    const at = now.toISOString();
    const rows = entries[kind].map((e) => ({ id: e.id, quarter_id: e.quarterId, payload: e.payload, published: 1, created_at: at, updated_at: at, ...centreColumn(kind, e.payload) }));
    // One statement per table: every test app and every first start pays for this.
    if (rows.length > 0) await db.insertInto(kind).values(rows).onConflict((oc) => oc.column('id').doNothing()).execute();
    await bumpContentVersion(db, kind);
  }
}
