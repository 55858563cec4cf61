import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

// Catalog documents do not change while the server runs, so each is serialised and hashed once.
// `no-cache` lets the client keep a copy offline but makes it ask (If-None-Match) before using it online.

export interface CachedJson {
  etag: string;
  body: string;
}

/**
 * Serialised with the schema the route declares for it, as Fastify's serializer would: a field the
 * schema does not name is dropped here too, although the cached text bypasses the serializer.
 */
export function cacheJson<S extends z.ZodType>(schema: S, value: z.output<S>): CachedJson {
  const body = JSON.stringify(schema.encode(value));
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { etag, body };
}

/** RFC 9110 weak comparison: `W/"x"` matches `"x"`, and a list or `*` may be given. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

export function sendCachedJson(request: FastifyRequest, reply: FastifyReply, doc: CachedJson): FastifyReply {
  reply.header('etag', doc.etag).header('cache-control', 'no-cache');
  if (matchesEtag(request.headers['if-none-match'], doc.etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(doc.body);
}
