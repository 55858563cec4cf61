import { receiptLookupSchema } from '../shared/feed';
import { receiptCodeSchema } from '../shared/receipt';
import type { SubmitterView } from '../shared/submission';
import { getDatabase, type QsDatabase } from './db';
import { request, type FetchLike } from './http';

// Finding an item by the code read out at the neighbourhood centre. Items sent from this device
// are answered from the local cache first, so that works offline too; others need the server.

export type ReceiptLookup =
  | { kind: 'found'; view: SubmitterView; source: 'server' | 'device'; fetchedAt?: number }
  | { kind: 'not_found' }
  | { kind: 'invalid' }
  | { kind: 'offline' }
  | { kind: 'error' };

export async function lookupReceipt(
  input: string,
  options: { db?: QsDatabase; fetchImpl?: FetchLike } = {},
): Promise<ReceiptLookup> {
  const typed = receiptCodeSchema.safeParse(input);
  if (!typed.success) return { kind: 'invalid' };
  const code = typed.data;
  const db = options.db ?? getDatabase();
  const outcome = await request(`/api/v1/receipts/${encodeURIComponent(code)}`, { fetchImpl: options.fetchImpl });
  if (outcome.kind === 'ok') {
    const parsed = receiptLookupSchema.safeParse(outcome.body);
    return parsed.success ? { kind: 'found', view: parsed.data, source: 'server' } : { kind: 'error' };
  }
  if (outcome.kind === 'http' && outcome.status === 404) return { kind: 'not_found' };
  // No answer: our own items are still known on the device, with the last status we fetched.
  const local = await db.mine.where('receipt').equals(code).first();
  if (local?.server) return { kind: 'found', view: local.server, source: 'device', ...(local.serverFetchedAt ? { fetchedAt: local.serverFetchedAt } : {}) };
  return outcome.kind === 'http' ? { kind: 'error' } : { kind: 'offline' };
}
