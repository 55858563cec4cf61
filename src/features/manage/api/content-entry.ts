import type { z } from 'zod';
import {
  managedCentreSchema,
  managedCentresSchema,
  managedOpportunitiesSchema,
  managedOpportunitySchema,
  type Centre,
  type ManagedCentre,
  type ManagedOpportunity,
  type Opportunity,
} from '../../../shared/directory';

// Directory content as managers edit it: centres and opportunities with their publication state. Every
// content operation is answered with the managed entry (`managedCentreSchema`, `managedOpportunitySchema`)
// or a list of them, the schemas the server serialises with (src/shared/directory.ts).

export type ContentKind = 'centres' | 'opportunities';
export type EntryOf<K extends ContentKind> = K extends 'centres' ? Centre : Opportunity;
/** `ManagedCentre` or `ManagedOpportunity`: the envelope is the same, the entry its kind's. */
export type ManagedOf<K extends ContentKind> = Omit<ManagedCentre | ManagedOpportunity, 'entry'> & { entry: EntryOf<K> };

const ONE = { centres: managedCentreSchema, opportunities: managedOpportunitySchema } as const;
const LIST = { centres: managedCentresSchema, opportunities: managedOpportunitiesSchema } as const;

// Each map holds the schema of its kind; TypeScript cannot follow a generic K through the index.
/** The answer schema of one entry of this kind. */
export const managedSchema = <K extends ContentKind>(kind: K) => ONE[kind] as unknown as z.ZodType<ManagedOf<K>>;
/** The answer schema of the list of this kind. */
export const managedListSchema = <K extends ContentKind>(kind: K) => LIST[kind] as unknown as z.ZodType<{ items: Array<ManagedOf<K>> }>;
