/**
 * Calls `refresh` whenever what is on screen may have gone stale behind the resident's back: the
 * connection came back, or the page became visible again (app brought to the front, phone unlocked).
 * Returns the function that stops listening.
 */
export function onReturn(refresh: () => void, target: { win: Window; doc: Document } = { win: window, doc: document }): () => void {
  const { win, doc } = target;
  const onVisible = () => {
    if (doc.visibilityState === 'visible') refresh();
  };
  win.addEventListener('online', refresh);
  doc.addEventListener('visibilitychange', onVisible);
  return () => {
    win.removeEventListener('online', refresh);
    doc.removeEventListener('visibilitychange', onVisible);
  };
}
