import { useSyncExternalStore } from 'react';

// What a confirmation says about an item the resident just sent. It follows the item's real state and
// the connection: "wird gesendet, sobald eine Verbindung besteht" is only said while there is none.

/** The outbox's view of one item (src/offline's MyItemState; ui does not import offline). */
export type ItemState = 'saved' | 'sending' | 'delivered' | 'needs_attention';
export type SentPhase = 'waiting' | 'sending' | 'delivered' | 'attention';

/** `state` is undefined until the item has been read back from the device. */
export function sentPhase(state: ItemState | undefined, online: boolean): SentPhase {
  if (state === 'delivered') return 'delivered';
  if (state === 'needs_attention') return 'attention';
  if (state === 'sending') return 'sending';
  return online ? 'sending' : 'waiting';
}

/**
 * The confirmation card's look and heading. An item the server refused right away is no success: it gets the
 * warning card and a heading that says so, not "Danke …" above a sentence asking for attention.
 */
export function sentCard(phase: SentPhase, kind: 'feedback' | 'proposal'): { tone: 'success' | 'warning'; titleKey: string } {
  if (phase === 'attention') return { tone: 'warning', titleKey: 'feedback:sent.attentionTitle' };
  return { tone: 'success', titleKey: kind === 'proposal' ? 'feedback:sent.proposalTitle' : 'feedback:sent.title' };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser says it has a connection, following changes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
}
