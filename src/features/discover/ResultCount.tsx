import { useTranslation } from 'react-i18next';
import type { QuarterOption } from '../../ui/quarter-search';

/** How many entries the filters found, announced; and, when they were found by the sound of a quarter's name, which quarter. */
export function ResultCount({ text, soundQuarters }: { text: string; soundQuarters: readonly QuarterOption[] }) {
  const { t, i18n } = useTranslation();
  const names = soundQuarters.map((quarter) => quarter.name);
  return (
    <p role="status" className="result-count" data-testid="result-count">
      {text}
      {names.length > 0 && (
        <span className="sound-match" data-testid="sound-match">
          {' '}
          {t('discover:soundsLike', { quarters: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names) })}
        </span>
      )}
    </p>
  );
}
