import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getSetting, setSetting, SETTING_KEYS } from '../../offline/outbox';
import { registerDraftFlush } from '../../offline/draft-flush';

const SAVE_DELAY_MS = 400;

interface DraftCodec<D extends { quarterId: string }> {
  /** the settings key, e.g. SETTING_KEYS.draftFeedback */
  key: string;
  empty: D;
  parse: (stored: unknown) => Partial<D>;
  store: (draft: D) => Record<string, unknown>;
}

/**
 * A form's state, mirrored into the settings table while the resident types (photos included, as
 * Blobs), so a reload, a closed tab or a crash never loses it. The chosen quarter is remembered
 * separately and outlives a sent item; both forms share it. `ready` is false until the stored
 * copy was read, so nothing typed can race the restore.
 */
export function useStoredDraft<D extends { quarterId: string }>({ key, empty, parse, store }: DraftCodec<D>) {
  const [draft, setDraft] = useState<D>(empty);
  const [ready, setReady] = useState(false);
  const codec = useRef({ parse, store, empty });

  useEffect(() => {
    let cancelled = false;
    void Promise.all([getSetting<unknown>(SETTING_KEYS.quarterId), getSetting<unknown>(key)])
      .then(([quarterId, stored]) => {
        if (cancelled) return;
        setDraft({ ...codec.current.empty, ...codec.current.parse(stored), quarterId: typeof quarterId === 'string' ? quarterId : '' });
      })
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setReady(true);
      });
    return () => {
      cancelled = true;
    };
  }, [key]);

  // The latest draft and whether it still waits for its delayed write: switching between the
  // feedback and proposal forms unmounts one of them, and a photo added just before that switch
  // must not be lost with the cancelled timer.
  const latest = useRef(draft);
  latest.current = draft;
  const unsaved = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!ready) return;
    unsaved.current = true;
    timer.current = setTimeout(() => {
      unsaved.current = false;
      void setSetting(key, codec.current.store(draft)).catch(() => undefined);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [draft, ready, key]);

  // A reload right after typing must not lose the last keystrokes: write at once when the page
  // hides, and when the form goes away while a write is still pending.
  useEffect(() => {
    if (!ready) return;
    const flush = () => {
      unsaved.current = false;
      void setSetting(key, codec.current.store(latest.current)).catch(() => undefined);
    };
    const onHide = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    // An app update reloads only after this resolved: the latest draft is stored (written again even when the
    // delayed write already started, so the reload never cuts off a write in flight).
    const unregister = registerDraftFlush(async () => {
      unsaved.current = false;
      await setSetting(key, codec.current.store(latest.current));
    });
    return () => {
      unregister();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      if (unsaved.current) flush();
    };
  }, [ready, key]);

  // The quarter can be changed elsewhere too ("Im Viertel", the other form): follow the stored choice.
  // Only a change of the stored value triggers this, so the form's own pick is never undone.
  const storedQuarter = useLiveQuery(() => getSetting<unknown>(SETTING_KEYS.quarterId), []);
  useEffect(() => {
    if (ready && typeof storedQuarter === 'string' && storedQuarter) {
      setDraft((current) => (current.quarterId === storedQuarter ? current : { ...current, quarterId: storedQuarter }));
    }
  }, [storedQuarter, ready]);

  const { quarterId } = draft;
  useEffect(() => {
    if (ready && quarterId) void setSetting(SETTING_KEYS.quarterId, quarterId).catch(() => undefined);
  }, [quarterId, ready]);

  /**
   * After a successful send: the content goes, the quarter stays. Resolves once the stored copy is
   * gone, so the "sent" screen is only shown when a reload or a closed app can no longer bring the
   * sent text back (a write still in flight when the page goes is aborted with it).
   */
  const clearAfterSend = useCallback(async (): Promise<void> => {
    // The form usually unmounts right after (the "sent" screen replaces it): nothing pending may
    // write the sent content back as a draft — not the delayed write, not the flush on unmount.
    clearTimeout(timer.current);
    unsaved.current = false;
    latest.current = { ...codec.current.empty, quarterId: latest.current.quarterId };
    setDraft((current) => ({ ...codec.current.empty, quarterId: current.quarterId }));
    await setSetting(key, null).catch(() => undefined);
  }, [key]);

  return { draft, setDraft, ready, clearAfterSend };
}
