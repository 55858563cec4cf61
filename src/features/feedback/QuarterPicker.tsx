import { useId, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../offline/catalog';
import { searchQuarters } from './quarter-search';

const MAX_RESULTS = 8;

interface QuarterPickerProps {
  quarters: QuarterSummary[];
  value: string;
  onChange: (quarterId: string) => void;
  /** translation key of the field's problem */
  error?: string;
  /** the form focuses the search box when the quarter is missing */
  inputRef: RefObject<HTMLInputElement | null>;
}

/** Type a few letters, pick from the matches. The search box stays, so the choice can be changed any time. */
export function QuarterPicker({ quarters, value, onChange, error, inputRef }: QuarterPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchQuarters(quarters, query), [quarters, query]);
  const shown = results.slice(0, MAX_RESULTS);
  const chosen = quarters.find((q) => q.id === value);

  const choose = (quarterId: string) => {
    onChange(quarterId);
    setQuery('');
    inputRef.current?.focus();
  };

  return (
    <div className="field quarter-picker">
      <label htmlFor={`${id}-search`}>{t('feedback:quarter.search')}</label>
      <input
        ref={inputRef}
        id={`${id}-search`}
        className="native-input"
        type="search"
        autoComplete="off"
        enterKeyHint="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Enter picks the best match instead of submitting the whole form half-filled.
          if (e.key === 'Enter') {
            e.preventDefault();
            if (shown[0]) choose(shown[0].id);
          }
        }}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-controls={`${id}-results`}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {t('feedback:quarter.hint')}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
      <ul className="quarter-results" id={`${id}-results`} aria-label={t('feedback:quarter.results')}>
        {shown.map((quarter) => (
          <li key={quarter.id}>
            <button type="button" aria-pressed={quarter.id === value} onClick={() => choose(quarter.id)}>
              {quarter.name}
              {quarter.district && <span className="muted"> · {quarter.district}</span>}
            </button>
          </li>
        ))}
      </ul>
      {query.trim() !== '' && (
        <p className="field-hint" aria-live="polite">
          {results.length === 0
            ? t('feedback:quarter.noMatch')
            : results.length > MAX_RESULTS
              ? t('feedback:quarter.more', { count: results.length - MAX_RESULTS })
              : ''}
        </p>
      )}
      <p role="status" className={`quarter-chosen${chosen ? ' is-chosen' : ''}`} data-testid="chosen-quarter">
        {chosen ? t('feedback:quarter.chosen', { name: chosen.name }) : t('feedback:quarter.none')}
      </p>
    </div>
  );
}
