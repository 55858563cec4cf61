import type { Backend } from './backend';
import { batchBody, rawItem } from './items';
import type { LoadClient, Outcome } from './load';

// The write side: the raw floor, single items on a fixed schedule, batches of 100 at rising concurrency.

export interface Floor {
  items: number;
  perSecond: number;
}

export async function rawFloor(backend: Backend, quarterId: string, topicId: string, total: number, batch = 100): Promise<Floor> {
  const start = performance.now();
  for (let done = 0; done < total; done += batch) {
    const now = new Date();
    await backend.insert(Array.from({ length: batch }, () => rawItem(quarterId, topicId, now, null)));
  }
  return { items: total, perSecond: (total / (performance.now() - start)) * 1000 };
}

export function singleItems(client: LoadClient, rate: number, seconds: number, quarterId: string, topicId: string): Promise<Outcome> {
  return client.openLoop(rate, seconds, () => ({ method: 'POST', path: '/api/v1/submissions', body: batchBody(1, quarterId, topicId) }));
}

export interface BatchRun {
  concurrency: number;
  outcome: Outcome;
  accepted: number;
  perSecond: number;
}

export async function batches(client: LoadClient, concurrency: number, seconds: number, quarterId: string, topicId: string): Promise<BatchRun> {
  // Bodies are made ahead of the clock, so making JSON does not count against the server.
  const ready: string[] = Array.from({ length: concurrency * 2 }, () => batchBody(100, quarterId, topicId));
  const outcome = await client.closedLoop(
    concurrency,
    { seconds },
    () => {
      const body = ready.pop() ?? batchBody(100, quarterId, topicId);
      // Refill in the gaps between answers; the pool never runs dry for long.
      setImmediate(() => ready.push(batchBody(100, quarterId, topicId)));
      return { method: 'POST', path: '/api/v1/submissions', body };
    },
    true,
  );
  const accepted = outcome.bodies.reduce((sum, body) => sum + (body.match(/"status":"accepted"/g)?.length ?? 0), 0);
  outcome.bodies = [];
  return { concurrency, outcome, accepted, perSecond: (accepted / outcome.elapsedMs) * 1000 };
}
