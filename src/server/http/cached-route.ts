import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { cacheJson, sendCachedJson, type CachedJson } from './etag';
import { empty, json } from './responses';

/**
 * A GET that answers one JSON document with a strong ETag, `no-cache`, and 304 on If-None-Match
 * (the catalog and directory endpoints). `load` gives the document already serialised with `schema`
 * (cacheJson), made once or whenever its content changed.
 */
export function cachedGet<S extends z.ZodType>(
  app: FastifyInstance,
  url: string,
  doc: {
    summary: string;
    schema: S;
    load: () => Promise<CachedJson> | CachedJson;
    /** `answer` for a document held in memory: it costs the database nothing, so it is answered while the server is busy too. */
    whenBusy?: 'answer';
  },
): void {
  // Without the type provider: the handler sends text already serialised with the same schema.
  app.get(
    url,
    {
      ...(doc.whenBusy ? { config: { whenBusy: doc.whenBusy } } : {}),
      schema: {
        summary: doc.summary,
        response: {
          200: json('The document; ETag sent', doc.schema),
          304: empty('Unchanged since If-None-Match'),
        },
      },
    },
    async (request, reply) => sendCachedJson(request, reply, await doc.load()),
  );
}

/** A document that never changes while the server runs: serialised and hashed once. */
export function fixedDocument<S extends z.ZodType>(schema: S, value: z.output<S>): () => CachedJson {
  const doc = cacheJson(schema, value);
  return () => doc;
}
