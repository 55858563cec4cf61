/*
 * Forms whose input is kept on the device as a draft (Mitmachen) write it with a short delay while the resident
 * types. Before the app reloads itself (an update), it asks every such form to write what is still pending and
 * waits until that is stored. Plain module state: one page, one set of forms. (Forms whose input is not kept
 * say so through src/ui's `useUnsavedInput` instead; the app then does not reload at all.)
 */

type Flush = () => Promise<void>;

const draftFlushes = new Set<Flush>();

/** A form with a kept draft registers how to write it at once; call the returned function when it goes. */
export function registerDraftFlush(flush: Flush): () => void {
  draftFlushes.add(flush);
  return () => draftFlushes.delete(flush);
}

/** Writes every pending draft; rejects when one could not be stored (then the reload must not happen). */
export async function flushDrafts(): Promise<void> {
  await Promise.all([...draftFlushes].map((flush) => flush()));
}
