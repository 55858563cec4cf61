import { useEffect, useRef, useState } from 'react';
import { getSetting, setSetting, SETTING_KEYS } from '../../offline/outbox';
import { EMPTY_DRAFT, parseStoredDraft, type FeedbackDraft } from './feedback-form';

const SAVE_DELAY_MS = 400;

/**
 * The form's state, mirrored into the settings table while the resident types, so a reload, a
 * closed tab or a crash never loses the text. The chosen quarter is remembered separately and
 * outlives a sent item.
 */
export function useFeedbackDraft() {
  const [draft, setDraft] = useState<FeedbackDraft>(EMPTY_DRAFT);
  const restored = useRef(false);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([getSetting<unknown>(SETTING_KEYS.quarterId), getSetting<unknown>(SETTING_KEYS.draftFeedback)])
      .then(([quarterId, stored]) => {
        if (cancelled) return;
        const saved = parseStoredDraft(stored);
        // Whatever the resident typed before the read finished wins over the stored copy.
        setDraft((current) => ({
          quarterId: current.quarterId || (typeof quarterId === 'string' ? quarterId : ''),
          topicId: current.topicId || saved.topicId || '',
          text: current.text || saved.text || '',
          visibility: current.visibility === 'public' ? 'public' : (saved.visibility ?? 'private'),
          ...((current.mood ?? saved.mood) ? { mood: current.mood ?? saved.mood } : {}),
        }));
      })
      .catch(() => undefined)
      .finally(() => {
        restored.current = true;
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const { topicId, text, mood, visibility, quarterId } = draft;
  useEffect(() => {
    if (!restored.current) return;
    const handle = setTimeout(() => {
      void setSetting(SETTING_KEYS.draftFeedback, { topicId, text, mood, visibility }).catch(() => undefined);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(handle);
  }, [topicId, text, mood, visibility]);

  useEffect(() => {
    if (restored.current && quarterId) void setSetting(SETTING_KEYS.quarterId, quarterId).catch(() => undefined);
  }, [quarterId]);

  /** After a successful send: the text goes, the quarter stays. */
  const clearAfterSend = () => {
    setDraft((current) => ({ ...EMPTY_DRAFT, quarterId: current.quarterId }));
    void setSetting(SETTING_KEYS.draftFeedback, null).catch(() => undefined);
  };

  return { draft, setDraft, clearAfterSend };
}
