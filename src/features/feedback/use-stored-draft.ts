import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { DefaultValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { followSetting, getSetting, setSetting, SETTING_KEYS } from '../../offline/outbox';
import { registerDraftFlush } from '../../offline/draft-flush';

const SAVE_DELAY_MS = 400;

export interface DraftCodec<D extends { quarterId: string }> {
  /** the settings key, e.g. SETTING_KEYS.draftFeedback */
  key: string;
  empty: D;
  parse: (stored: unknown) => Partial<D>;
  store: (draft: D) => Record<string, unknown>;
}

/**
 * A form's values, mirrored into the settings table while the resident types (photos included, as
 * Blobs), so a reload, a closed tab or a crash never loses them: the form is `reset` to the stored
 * copy once, and every change it `watch`es is written shortly after. The chosen quarter is
 * remembered separately and outlives a sent item; both forms share it. `ready` is false until the
 * stored copy was read, so nothing typed can race the restore.
 */
export function useStoredDraft<D extends { quarterId: string }>(form: UseFormReturn<D>, { key, empty, parse, store }: DraftCodec<D>) {
  const [ready, setReady] = useState(false);
  const codec = useRef({ parse, store, empty });
  // Our own resets (restore, clear after send) are not typing: they are not written back.
  const resetting = useRef(false);
  const unsaved = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const rememberedQuarter = useRef('');

  const resetTo = useCallback(
    (values: D) => {
      resetting.current = true;
      try {
        form.reset(values as DefaultValues<D>);
      } finally {
        resetting.current = false;
      }
    },
    [form],
  );
  const save = useCallback(() => {
    unsaved.current = false;
    void setSetting(key, codec.current.store(form.getValues())).catch(() => undefined);
  }, [form, key]);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([getSetting<unknown>(SETTING_KEYS.quarterId), getSetting<unknown>(key)])
      .then(([quarterId, stored]) => {
        if (cancelled) return;
        rememberedQuarter.current = typeof quarterId === 'string' ? quarterId : '';
        resetTo({ ...codec.current.empty, ...codec.current.parse(stored), quarterId: rememberedQuarter.current });
      })
      .catch(() => undefined)
      .finally(() => {
        // The form's first full render: a transition, so React renders it in slices between which a tap on a
        // tab or the language button is handled (urgently, it would be one long task on a mid-range phone).
        if (!cancelled) startTransition(() => setReady(true));
      });
    return () => {
      cancelled = true;
    };
  }, [key, resetTo]);

  // Every change is written shortly after typing stops; a new quarter is remembered at once.
  useEffect(() => {
    if (!ready) return;
    const subscription = form.watch(() => {
      if (resetting.current) return;
      unsaved.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
      const quarterId = form.getValues('quarterId' as Path<D>) as string;
      if (quarterId && quarterId !== rememberedQuarter.current) {
        rememberedQuarter.current = quarterId;
        void setSetting(SETTING_KEYS.quarterId, quarterId).catch(() => undefined);
      }
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [ready, form, save]);

  // A reload right after typing must not lose the last keystrokes: write at once when the page
  // hides, and when the form goes away while a write is still pending (switching between the
  // feedback and proposal forms unmounts one of them, a photo added just before included).
  useEffect(() => {
    if (!ready) return;
    const onHide = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHide);
    // An app update reloads only after this resolved: the latest draft is stored (written again even when the
    // delayed write already started, so the reload never cuts off a write in flight).
    const unregister = registerDraftFlush(async () => {
      unsaved.current = false;
      clearTimeout(timer.current);
      await setSetting(key, codec.current.store(form.getValues()));
    });
    return () => {
      unregister();
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHide);
      if (unsaved.current) save();
    };
  }, [ready, save, form, key]);

  // The quarter can be changed elsewhere too ("Im Viertel", the other form): follow the stored choice.
  // Only a change of the stored value triggers this, so the form's own pick is never undone. Followed without
  // React state: its first answer (on a first visit: nothing stored) rendered the whole form once more.
  useEffect(() => {
    if (!ready) return;
    return followSetting(SETTING_KEYS.quarterId, (storedQuarter) => {
      if (typeof storedQuarter !== 'string' || !storedQuarter) return;
      rememberedQuarter.current = storedQuarter;
      const field = 'quarterId' as Path<D>;
      if (form.getValues(field) !== storedQuarter) form.setValue(field, storedQuarter as PathValue<D, Path<D>>);
    });
  }, [ready, form]);

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
    resetTo({ ...codec.current.empty, quarterId: form.getValues('quarterId' as Path<D>) as string });
    await setSetting(key, null).catch(() => undefined);
  }, [form, key, resetTo]);

  return { ready, clearAfterSend };
}
