/*
 * Why a piece of code (a route's screen, the map) could not be loaded, and how the app finds out.
 * `offline`: the device has no connection and the piece was not cached yet (the first seconds of a first
 * visit, before the service worker's precache finished). `updated`: the server is there but no longer has
 * the file — a new version replaced it while this page still runs the old one, so only a reload helps.
 */
export type ChunkFailure = 'offline' | 'updated';

export type ChunkFailureClassifier = () => Promise<ChunkFailure>;

// Without a probe (tests, or before the app set one) the browser's own idea of the connection decides.
let classifier: ChunkFailureClassifier = async () => (globalThis.navigator?.onLine === false ? 'offline' : 'updated');

/** The app shell sets the real probe once at start; src/ui itself never talks to the network. */
export function setChunkFailureClassifier(next: ChunkFailureClassifier): void {
  classifier = next;
}

export async function classifyChunkFailure(): Promise<ChunkFailure> {
  try {
    return await classifier();
  } catch {
    return 'offline';
  }
}

// How "Neu laden" reloads. The app shell sets one that goes into a waiting new version and never reloads over
// unsaved input or a sending outbox; without it (tests) it is a plain reload.
let reloadApp: () => void = () => globalThis.location?.reload();

export function setAppReloader(next: () => void): void {
  reloadApp = next;
}

/** Reloads the app after an update replaced this page's files (ChunkFailed's "Neu laden"). */
export function reloadIntoCurrentVersion(): void {
  reloadApp();
}

/**
 * A stylesheet that failed to load stays in the document, and Vite's loader skips a stylesheet it has asked
 * for once; a retry therefore swaps each failed one for a fresh element, which fetches it again.
 */
export function refetchFailedStylesheets(doc: Document = document): void {
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    if (link.sheet) continue;
    const fresh = link.cloneNode() as HTMLLinkElement;
    link.replaceWith(fresh);
  }
}
