import { randomUUID } from 'node:crypto';
import type { RawItem } from './backend';

// What the bench sends and stores: realistic feedback as a phone would deliver it, and rows for the
// raw inserts. Receipts of raw rows carry their own prefix so they never clash with the server's.

const TEXT = 'Der Spielplatz an der Ecke braucht mehr Schatten und eine Bank für Eltern. Abends ist es dort zu dunkel.';

export function feedbackItem(quarterId: string, topicId: string): Record<string, unknown> {
  return { id: randomUUID(), kind: 'feedback', createdAt: new Date().toISOString(), locale: 'de', quarterId, topicId, text: TEXT, mood: 3 };
}

export function batchBody(size: number, quarterId: string, topicId: string): string {
  return JSON.stringify({ items: Array.from({ length: size }, () => feedbackItem(quarterId, topicId)) });
}

let receipts = 0;
const nextReceipt = (): string => `RAW-${(receipts++).toString(32).toUpperCase().padStart(8, '0')}`;

export function rawItem(quarterId: string, topicId: string, receivedAt: Date, moderation: RawItem['moderation']): RawItem {
  // Public input is a proposal (pending or published); the private rest is feedback with no moderation.
  const isProposal = moderation !== null;
  const payload = isProposal
    ? { locale: 'de', quarterId, topicId, title: 'Bänke am Spielplatz', text: TEXT }
    : { locale: 'de', quarterId, topicId, text: TEXT, visibility: 'private' };
  return {
    id: randomUUID(),
    kind: isProposal ? 'proposal' : 'feedback',
    quarterId,
    topicId,
    payload: JSON.stringify(payload),
    searchText: TEXT.toLowerCase(),
    receipt: nextReceipt(),
    moderation,
    receivedAt: receivedAt.toISOString(),
  };
}
