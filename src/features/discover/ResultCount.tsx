import { useTranslation } from 'react-i18next';
import type { Correction } from '../../shared/spelling';
import type { QuarterOption } from '../../ui/quarter-search';

/**
 * How many entries the filters found, announced; and how they were found when not as typed: by the sound of a
 * quarter's name (which quarter), or with typing slips corrected (which words were searched instead).
 */
export function ResultCount({ text, soundQuarters, corrections }: { text: string; soundQuarters: readonly QuarterOption[]; corrections: readonly Correction[] }) {
  const { t, i18n } = useTranslation();
  const list = (items: readonly string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items);
  return (
    <p role="status" className="result-count" data-testid="result-count">
      {text}
      {soundQuarters.length > 0 && (
        <span className="search-note" data-testid="sound-match">
          {' '}
          {t('discover:soundsLike', { quarters: list(soundQuarters.map((quarter) => quarter.name)) })}
        </span>
      )}
      {corrections.length > 0 && (
        <span className="search-note" data-testid="spelling-match">
          {' '}
          {t('discover:spelledLike', { words: list(corrections.map((correction) => correction.shown)) })}
        </span>
      )}
    </p>
  );
}
