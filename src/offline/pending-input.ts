/*
 * What the page holds that a reload could lose, so an app update (or any reload the app starts itself) waits
 * for it. Two kinds of forms:
 * - forms whose input is kept on the device as a draft (Mitmachen): they write it with a short delay while the
 *   resident types; `flushDrafts()` writes what is still pending and resolves when it is stored.
 * - forms whose input is not kept (the interest form, editing an item, the managers' forms): while they hold
 *   input, `hasUnsavedInput()` is true and the app does not reload; the resident sends or clears the form first.
 * Plain module state: one page, one set of forms. No React here; src/ui's `useUnsavedInput` wraps it for forms.
 */

type Flush = () => Promise<void>;

const draftFlushes = new Set<Flush>();
const holders = new Set<symbol>();

/** A form with a kept draft registers how to write it at once; call the returned function when it goes. */
export function registerDraftFlush(flush: Flush): () => void {
  draftFlushes.add(flush);
  return () => draftFlushes.delete(flush);
}

/** Writes every pending draft; rejects when one could not be stored (then the reload must not happen). */
export async function flushDrafts(): Promise<void> {
  await Promise.all([...draftFlushes].map((flush) => flush()));
}

/** A form starts holding input a reload would lose; the returned function says it no longer does. */
export function holdUnsavedInput(): () => void {
  const token = Symbol('unsaved input');
  holders.add(token);
  return () => holders.delete(token);
}

export function hasUnsavedInput(): boolean {
  return holders.size > 0;
}
