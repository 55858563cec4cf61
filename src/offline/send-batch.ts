import { batchResponseSchema } from '../shared/submission';
import type { OutboxRecord } from './db';
import type { Attempt, EngineContext } from './sync-context';

/** POSTs one batch; the items are sent exactly as they sit in the outbox (they are the request body). */
export async function sendBatch(ctx: EngineContext, records: readonly OutboxRecord[]): Promise<Attempt> {
  const reply = await ctx.send(ctx.submissionsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ items: records.map((r) => r.item) }),
  });
  if (reply.kind !== 'ok') return reply;
  const parsed = batchResponseSchema.safeParse(reply.body);
  if (parsed.success) return { kind: 'answered', results: parsed.data.results };
  // Something between us and our server answered 200 (a captive portal): try again later.
  return { kind: 'transient', problem: 'bad_answer', retryAfterMs: 0 };
}
