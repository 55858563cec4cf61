import { IonSpinner } from '@ionic/react';
import { useTranslation } from 'react-i18next';
import { locateQuarter } from '../../offline/locate-quarter';
import type { NearbyQuarter } from '../../shared/quarter-of';
import { useTask } from '../../ui/use-task';
import { distanceText } from './distance-text';

interface WhereAmIProps {
  onChoose: (quarterId: string) => void;
  /** Permission denied or no position: the list is the way on, so the form focuses its search box. */
  onUseList: () => void;
}

const FAILED_KEYS = {
  denied: 'feedback:whereAmI.denied',
  unavailable: 'feedback:whereAmI.unavailable',
  timeout: 'feedback:whereAmI.unavailable',
  unsupported: 'feedback:whereAmI.unsupported',
  no_quarters: 'feedback:whereAmI.noQuarters',
} as const;

/** "Wo bin ich?": the position is asked for only on this press and never leaves the device. */
export function WhereAmI({ onChoose, onUseList }: WhereAmIProps) {
  const { t, i18n } = useTranslation();
  const { busy, result, run, clear } = useTask(locateQuarter);

  const locate = async () => {
    if (busy) return;
    const found = await run();
    if (found.kind === 'match' && found.match.kind === 'inside') onChoose(found.match.quarter.id);
    if (found.kind === 'failed') onUseList();
  };
  const choose = (quarter: NearbyQuarter) => {
    onChoose(quarter.id);
    clear();
  };

  let message: string | undefined;
  let candidates: NearbyQuarter[] = [];
  if (result?.kind === 'failed') message = t(FAILED_KEYS[result.reason]);
  if (result?.kind === 'match') {
    const { match } = result;
    if (match.kind === 'inside') message = t('feedback:whereAmI.inside', { name: match.quarter.name });
    else {
      message = match.kind === 'outside' ? t('feedback:whereAmI.outside') : t('feedback:whereAmI.uncertain');
      candidates = match.candidates;
    }
  }

  // The button is aria-disabled rather than disabled while locating: a disabled button drops the focus.
  return (
    <div className="where-am-i">
      <button type="button" className="plain-button" onClick={() => void locate()} aria-disabled={busy || undefined} data-testid="where-am-i">
        {busy && <IonSpinner name="dots" aria-hidden="true" className="inline-spinner" />}
        {t('feedback:whereAmI.button')}
      </button>
      <p className="field-hint">{t('feedback:whereAmI.hint')}</p>
      <div aria-live="polite" data-testid="where-am-i-result">
        {busy && <p>{t('feedback:whereAmI.locating')}</p>}
        {message && <p className={result?.kind === 'match' && result.match.kind === 'inside' ? '' : 'where-am-i-note'}>{message}</p>}
        {candidates.length > 0 && (
          <ul className="quarter-results" aria-label={t('feedback:whereAmI.nearest')}>
            {candidates.map((quarter) => (
              <li key={quarter.id}>
                <button type="button" onClick={() => choose(quarter)}>
                  <bdi>{quarter.name}</bdi>
                  <span className="muted">
                    {' · '}
                    {quarter.distanceM === 0 ? t('feedback:whereAmI.here') : distanceText(quarter.distanceM, i18n.language, t)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
