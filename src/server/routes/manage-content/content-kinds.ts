import {
  centreReplaceSchema,
  centreSchema,
  managedCentreSchema,
  managedCentresSchema,
  managedOpportunitiesSchema,
  managedOpportunitySchema,
  opportunityReplaceSchema,
  opportunitySchema,
  type Centre,
  type Opportunity,
} from '../../../shared/directory';
import type { Principal } from '../../auth/session';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/schema';
import { HttpError } from '../../http/http-error';
import { findCentreQuarter, type DirectoryKind } from '../../repositories/directory-content';

// Centres and opportunities are managed alike; what differs is named here, once per kind: the
// schemas of body and answer (the seed files' own, German and English required) and how an entry
// finds its quarter.

export interface KindSpec {
  kind: DirectoryKind;
  singular: 'centre' | 'opportunity';
  body: typeof centreSchema | typeof opportunitySchema;
  replaceBody: typeof centreReplaceSchema | typeof opportunityReplaceSchema;
  entry: typeof managedCentreSchema | typeof managedOpportunitySchema;
  entries: typeof managedCentresSchema | typeof managedOpportunitiesSchema;
  /** The entry's quarter, checked against the data pack and the centres table; null: none. */
  quarterOf(trx: Executor, ctx: AppContext, entry: Centre | Opportunity): Promise<string | null>;
}

export const KINDS: Record<DirectoryKind, KindSpec> = {
  centres: {
    kind: 'centres',
    singular: 'centre',
    body: centreSchema,
    replaceBody: centreReplaceSchema,
    entry: managedCentreSchema,
    entries: managedCentresSchema,
    quarterOf: async (_trx, ctx, entry) => knownQuarter(ctx, (entry as Centre).quarterId),
  },
  opportunities: {
    kind: 'opportunities',
    singular: 'opportunity',
    body: opportunitySchema,
    replaceBody: opportunityReplaceSchema,
    entry: managedOpportunitySchema,
    entries: managedOpportunitiesSchema,
    quarterOf: async (trx, ctx, entry) => {
      const o = entry as Opportunity;
      if (o.quarterId !== undefined) return knownQuarter(ctx, o.quarterId);
      if (o.centreId === undefined) return null;
      const quarterId = await findCentreQuarter(trx, o.centreId);
      if (quarterId === undefined) throw new HttpError(400, 'validation', `Unknown centre "${o.centreId}"`, 'centreId');
      return quarterId;
    },
  },
};

function knownQuarter(ctx: AppContext, quarterId: string): string {
  if (ctx.catalog.quarterName(quarterId) === undefined) throw new HttpError(400, 'unknown_quarter', `Unknown quarter "${quarterId}"`, 'quarterId');
  return quarterId;
}

/** A manager may place entries only in their own quarters (an entry without one: admins only). */
export function mayUseQuarter(principal: Principal, quarterId: string | null): void {
  if (principal.user.role === 'admin') return;
  if (quarterId === null || !principal.quarterIds.includes(quarterId)) {
    throw new HttpError(403, 'forbidden', 'You do not manage this quarter');
  }
}
