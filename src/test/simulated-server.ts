import { submissionSchema, type ItemResult } from '../shared/submission';
import { canonicalJson } from '../shared/canonical-json';
import { makeReceipt } from '../shared/receipt';

/*
 * An in-memory stand-in for POST /api/v1/submissions, for unit and model tests of the sync engine.
 * It keeps the contract's promises (id is unique, same content → duplicate with the same receipt) so
 * the tests exercise the client's side. Faults are chosen per request by `fault`.
 */
export type Fault =
  | 'none'
  | 'drop_request' // network error before the server saw anything
  | 'drop_response' // stored, then the answer is lost
  | 'status_500'
  | 'status_503_retry_after'
  | 'status_429'
  | 'status_429_retry_after'
  | 'hang' // never answers; the client's timeout must abort it
  | 'crash_before_commit'; // the server dies mid-batch and loses uncommitted work

export interface SimulatedServer {
  fetch: typeof fetch;
  stored: Map<string, { hash: string; receipt: string }>;
  /** how often each id was newly stored: more than 1 would be a duplicate. */
  inserts: Map<string, number>;
  requests: number;
  fault: (requestNo: number) => Fault;
  /** ids the server considers invalid (besides schema failures). */
  unknownQuarters: Set<string>;
  /** photos uploaded with PUT /api/v1/media/{id}; content types other than images are refused. */
  media: Set<string>;
}

export function createSimulatedServer(fault: (requestNo: number) => Fault = () => 'none'): SimulatedServer {
  const server: SimulatedServer = {
    stored: new Map(),
    inserts: new Map(),
    requests: 0,
    fault,
    unknownQuarters: new Set(),
    media: new Set(),
    fetch: async (input, init) => {
      const requestNo = ++server.requests;
      const chosen = server.fault(requestNo);
      const signal = init?.signal ?? undefined;
      if (chosen === 'drop_request') throw new TypeError('Failed to fetch');
      if (chosen === 'hang') {
        return new Promise<Response>((_, reject) => {
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      }
      if (chosen === 'status_500') return json(500, { error: { code: 'internal', message: 'boom' } });
      if (chosen === 'status_503_retry_after')
        return json(503, { error: { code: 'internal', message: 'busy' } }, { 'retry-after': '3' });
      if (chosen === 'status_429') return json(429, { error: { code: 'rate_limited', message: 'slow' } });
      if (chosen === 'status_429_retry_after')
        return json(429, { error: { code: 'rate_limited', message: 'slow' } }, { 'retry-after': '7' });
      const url = String(input);
      if (init?.method === 'PUT' && url.includes('/api/v1/media/')) {
        const type = new Headers(init.headers).get('content-type') ?? '';
        if (!type.startsWith('image/')) return json(415, { error: { code: 'not_an_image', message: 'not an image' } });
        server.media.add(url.slice(url.lastIndexOf('/') + 1));
        if (chosen === 'drop_response') throw new TypeError('Failed to fetch');
        return new Response(null, { status: 204 });
      }
      const body = JSON.parse(String(init?.body)) as { items: unknown[] };
      const results: ItemResult[] = [];
      const crashAt = chosen === 'crash_before_commit' ? Math.floor(body.items.length / 2) : -1;
      for (const [index, raw] of body.items.entries()) {
        if (index === crashAt) throw new TypeError('connection reset');
        results.push(store(server, raw));
      }
      if (chosen === 'drop_response') throw new TypeError('Failed to fetch');
      return json(200, { results });
    },
  };
  return server;
}

function store(server: SimulatedServer, raw: unknown): ItemResult {
  const id = typeof raw === 'object' && raw && 'id' in raw ? String(raw.id) : '';
  const parsed = submissionSchema.safeParse(raw);
  if (!parsed.success) return { id, status: 'rejected', error: { code: 'validation', message: 'invalid' } };
  const item = parsed.data;
  if ('quarterId' in item && server.unknownQuarters.has(item.quarterId)) {
    return { id, status: 'rejected', error: { code: 'unknown_quarter', message: 'unknown quarter' } };
  }
  if ('mediaIds' in item && item.mediaIds?.some((m) => !server.media.has(m))) {
    return { id, status: 'rejected', error: { code: 'media_missing', message: 'photo missing' } };
  }
  const hash = canonicalJson(item);
  const existing = server.stored.get(id);
  if (existing) {
    return existing.hash === hash
      ? { id, status: 'duplicate', receipt: existing.receipt }
      : { id, status: 'rejected', error: { code: 'id_conflict', message: 'conflict' } };
  }
  const receipt = makeReceipt('TST');
  server.stored.set(id, { hash, receipt });
  server.inserts.set(id, (server.inserts.get(id) ?? 0) + 1);
  return { id, status: 'accepted', receipt };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
