import { centreSchema, centresFileSchema, opportunitiesFileSchema, opportunitySchema } from '../../shared/directory';
import type { Db } from '../db/schema';
import { cacheJson, type CachedJson } from '../http/etag';
import { contentVersion, publishedPayloads, type DirectoryKind } from '../repositories/directory-content';
import { presentCentre, presentOpportunity } from '../presenters/directory';

// The public centres and opportunities documents, now from the database. Each request reads one
// number (the content version); only when it moved is the document rebuilt and re-hashed. The ETag is
// the hash of the body, so every instance behind a load balancer answers the same tag for the same
// content, and a 304 stays a 304 across instances.

/** Each kind's document: its rows read back with the seed schema, presented, serialised with the file schema. */
const documents: Record<DirectoryKind, (payloads: readonly unknown[]) => CachedJson> = {
  centres: (payloads) => cacheJson(centresFileSchema, payloads.map((p) => presentCentre(centreSchema.parse(p)))),
  opportunities: (payloads) => cacheJson(opportunitiesFileSchema, payloads.map((p) => presentOpportunity(opportunitySchema.parse(p)))),
};

export function directoryDocument(db: Db, kind: DirectoryKind): () => Promise<CachedJson> {
  let cached: { version: number; doc: CachedJson } | undefined;
  return async () => {
    const version = await contentVersion(db, kind);
    if (cached?.version === version) return cached.doc;
    // Read after the version: a change racing this rebuild bumps the version again, so a stale
    // document is replaced at the next request at the latest.
    const payloads = await publishedPayloads(db, kind);
    const doc = documents[kind](payloads.map((p) => JSON.parse(p) as unknown));
    cached = { version, doc };
    return doc;
  };
}
