import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { getSetting, setSetting, SETTING_KEYS } from '../../offline/outbox';
import type { QuarterSummary } from '../../offline/catalog';
import { quarterFromSearch, searchWithoutQuarter } from '../../shared/quarter-link';
import { decidePreset } from './quarter-preset';

export type QuarterLinkNote =
  | { kind: 'unknown' }
  | { kind: 'draftKept'; kept: QuarterSummary; linked: QuarterSummary };

/**
 * Applies `?quarter=<id>` once the quarters are known (cached, or fetched on a first visit), then drops it
 * from the address so a reload does not apply it again. The forms follow the stored quarter by themselves.
 * Its notes are in the `poster` namespace, fetched only when a link brought someone here.
 */
export function useQuarterLink(quarters: QuarterSummary[], ready: boolean) {
  const { pathname, search } = useLocation();
  const { i18n } = useTranslation();
  const [note, setNote] = useState<QuarterLinkNote>();
  const handled = useRef<string | undefined>(undefined);
  const linkedId = quarterFromSearch(search);

  useEffect(() => {
    if (!linkedId) {
      // A later link (the installed app opened from another poster) is a new one.
      handled.current = undefined;
      return;
    }
    if (!ready || handled.current === search) return;
    handled.current = search;
    void i18n.loadNamespaces('poster').catch(() => undefined);
    window.history.replaceState(window.history.state, '', `${pathname}${searchWithoutQuarter(search)}${window.location.hash}`);
    // Not cancelled when the quarters list is refreshed meanwhile: the link is handled once, so its outcome must land.
    const byId = new Map(quarters.map((q) => [q.id, q]));
    void Promise.all([
      getSetting<unknown>(SETTING_KEYS.quarterId),
      getSetting<unknown>(SETTING_KEYS.draftFeedback),
      getSetting<unknown>(SETTING_KEYS.draftProposal),
    ])
      .then(async ([remembered, feedback, proposal]) => {
        const decision = decidePreset({ linkedId, knownIds: new Set(byId.keys()), remembered, drafts: [feedback, proposal] });
        if (decision.action === 'apply') {
          setNote(undefined);
          await setSetting(SETTING_KEYS.quarterId, decision.quarterId);
          return;
        }
        const kept = decision.action === 'keep' ? byId.get(decision.keptId) : undefined;
        const linked = decision.action === 'keep' ? byId.get(decision.linkedId) : undefined;
        setNote(kept && linked ? { kind: 'draftKept', kept, linked } : { kind: 'unknown' });
      })
      .catch(() => undefined);
  }, [linkedId, ready, search, pathname, quarters, i18n]);

  const chooseLinked = useCallback(() => {
    if (note?.kind !== 'draftKept') return;
    setNote(undefined);
    void setSetting(SETTING_KEYS.quarterId, note.linked.id).catch(() => undefined);
  }, [note]);

  return { note, chooseLinked };
}
