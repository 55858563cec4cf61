import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../offline/catalog';
import { locateQuarter } from '../../offline/locate-quarter';
import { useTask } from '../../ui/use-task';
import { formatDistance } from '../../ui/format-distance';
import { isolate } from '../../ui/bidi';

interface FeedQuarterBarProps {
  quarters: QuarterSummary[];
  value: string;
  onChange: (quarterId: string) => void;
}

const FAILED_KEYS = {
  denied: 'proposals:quarter.denied',
  unavailable: 'proposals:quarter.unavailable',
  timeout: 'proposals:quarter.unavailable',
  unsupported: 'proposals:quarter.unavailable',
  no_quarters: 'proposals:quarter.unavailable',
} as const;

/**
 * Which quarter's feed: the remembered one, changeable here (a native select — type the first
 * letters to jump) or found with "Wo bin ich?" on the device.
 */
export function FeedQuarterBar({ quarters, value, onChange }: FeedQuarterBarProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { busy, result, run, clear } = useTask(locateQuarter);

  const locate = async () => {
    const found = await run();
    if (found.kind === 'match' && found.match.kind === 'inside') onChange(found.match.quarter.id);
  };

  const match = result?.kind === 'match' ? result.match : undefined;
  return (
    <div className="feed-quarter">
      <div className="field">
        <label htmlFor={`${id}-quarter`}>{t('proposals:quarter.label')}</label>
        <select id={`${id}-quarter`} className="native-select" value={value} onChange={(e) => onChange(e.target.value)} data-testid="feed-quarter">
          {!value && <option value="">{t('proposals:quarter.choose')}</option>}
          {quarters.map((q) => (
            <option key={q.id} value={q.id}>
              <bdi>{q.name}</bdi>
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="plain-button" onClick={() => void locate()} disabled={busy}>
        {t('proposals:quarter.whereAmI')}
      </button>
      <div aria-live="polite">
        {busy && <p className="field-hint">{t('proposals:quarter.locating')}</p>}
        {result?.kind === 'failed' && <p className="field-hint">{t(FAILED_KEYS[result.reason])}</p>}
        {match?.kind === 'inside' && <p className="field-hint">{t('proposals:quarter.inside', { name: match.quarter.name })}</p>}
        {match && match.kind !== 'inside' && (
          <>
            <p className="field-hint">{t(match.kind === 'outside' ? 'proposals:quarter.outside' : 'proposals:quarter.uncertain')}</p>
            <div className="button-row">
              {match.candidates.map((q) => (
                <button
                  key={q.id}
                  type="button"
                  className="plain-button"
                  onClick={() => {
                    onChange(q.id);
                    clear();
                  }}
                >
                  {t('proposals:quarter.candidate', { name: isolate(q.name), distance: formatDistance(q.distanceM, i18n.language) })}
                </button>
              ))}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
