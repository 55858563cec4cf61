import { useId, useMemo, useRef, useState, type Ref } from 'react';
import { assignRef } from './assign-ref';
import { VISUALLY_HIDDEN } from './visually-hidden';
import { searchQuarters, type QuarterOption } from './quarter-search';
import { useSoundsLike } from './use-sounds-like';
import './quarter-picker.css';

const MAX_RESULTS = 8;

interface PickerBase {
  quarters: readonly QuarterOption[];
  /** the search box's label */
  searchLabel: string;
  hint?: string;
  /** the field's problem, already in words */
  error?: string;
  /** a form focuses the search box when the quarter is missing */
  inputRef?: Ref<HTMLInputElement>;
}

/** One quarter (a resident's form): type a few letters, pick from the best matches. */
export interface PickOne extends PickerBase {
  multiple?: false;
  value: string;
  onChange: (quarterId: string) => void;
  texts: { results: string; noMatch: string; more: (count: number) => string; chosen: (name: string) => string; none: string };
}

/** Any number of quarters (a manager's account): a checkbox list the search narrows. */
export interface PickMany extends PickerBase {
  multiple: true;
  legend: string;
  value: readonly string[];
  onChange: (quarterIds: string[]) => void;
  texts: { chosen: (count: number) => string };
}

/**
 * The one quarter picker: a search box that folds what people type (see quarter-search.ts) and, when nothing is
 * spelled like it, looks for what sounds like it (quarter-sound.ts), with either buttons for one choice or
 * checkboxes for many. The search box stays, so a choice can be changed any time; Enter picks the best match
 * instead of submitting a half-filled form.
 */
export function QuarterPicker(props: PickOne | PickMany) {
  const id = useId();
  const [query, setQuery] = useState('');
  const { quarters, multiple } = props;
  // Many quarters: the ones ticked when the list opened come first, so an account's quarters are found at once
  // among fifty; the order stays put while boxes are ticked, so nothing jumps away under the pointer.
  const [tickedAtStart] = useState(() => new Set(props.multiple ? props.value : []));
  const listed = useMemo(
    () => (multiple ? [...quarters.filter((q) => tickedAtStart.has(q.id)), ...quarters.filter((q) => !tickedAtStart.has(q.id))] : quarters),
    [quarters, multiple, tickedAtStart],
  );
  const spelled = useMemo(() => (multiple && !query.trim() ? listed : searchQuarters(quarters, query)), [listed, quarters, query, multiple]);
  const unspelled = spelled.length === 0 && query.trim() !== '';
  const sound = useSoundsLike(unspelled);
  const matches = useMemo(
    () => (unspelled && sound.soundsLike ? sound.soundsLike(quarters, query) : spelled),
    [unspelled, sound.soundsLike, quarters, query, spelled],
  );
  // "Nothing found" only once the second try has answered too, so it is never announced before results.
  const searched = !unspelled || sound.soundsLike !== undefined || sound.failed;
  const shown = multiple ? matches : matches.slice(0, MAX_RESULTS);
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  const input = useRef<HTMLInputElement | null>(null);
  const setInput = (element: HTMLInputElement | null) => {
    input.current = element;
    assignRef(props.inputRef, element);
  };

  const pickOne = (quarterId: string) => {
    if (props.multiple) return;
    props.onChange(quarterId);
    setQuery('');
    input.current?.focus();
  };
  const search = (
    <>
      <label htmlFor={`${id}-search`} className={multiple ? VISUALLY_HIDDEN : undefined}>
        {props.searchLabel}
      </label>
      <input
        ref={setInput}
        id={`${id}-search`}
        className="native-input"
        type="search"
        autoComplete="off"
        enterKeyHint="search"
        {...(multiple ? { placeholder: props.searchLabel } : {})}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (shown[0]) pickOne(shown[0].id);
        }}
        aria-describedby={describedBy}
        aria-invalid={props.error ? true : undefined}
        aria-controls={`${id}-results`}
      />
      {props.hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p className="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </>
  );

  if (props.multiple) {
    const chosen = new Set(props.value);
    const toggle = (quarterId: string, on: boolean) => props.onChange(on ? [...props.value, quarterId] : props.value.filter((v) => v !== quarterId));
    return (
      <fieldset className="field quarter-picker">
        <legend>{props.legend}</legend>
        <p className="field-hint">{props.texts.chosen(props.value.length)}</p>
        {search}
        <ul className="quarter-checks" id={`${id}-results`}>
          {shown.map((q) => (
            <li key={q.id} className="check-field">
              <input id={`${id}-${q.id}`} type="checkbox" checked={chosen.has(q.id)} onChange={(e) => toggle(q.id, e.target.checked)} />
              <label htmlFor={`${id}-${q.id}`}>
                <bdi>{q.name}</bdi>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  }

  const { texts, value } = props;
  const chosen = quarters.find((q) => q.id === value);
  return (
    <div className="field quarter-picker">
      {search}
      <ul className="quarter-results" id={`${id}-results`} aria-label={texts.results}>
        {shown.map((quarter) => (
          <li key={quarter.id}>
            <button type="button" aria-pressed={quarter.id === value} onClick={() => pickOne(quarter.id)}>
              <bdi>{quarter.name}</bdi>
              {quarter.district && <span className="muted"> · {quarter.district}</span>}
            </button>
          </li>
        ))}
      </ul>
      {query.trim() !== '' && (
        <p className="field-hint" aria-live="polite">
          {!searched ? '' : matches.length === 0 ? texts.noMatch : matches.length > MAX_RESULTS ? texts.more(matches.length - MAX_RESULTS) : ''}
        </p>
      )}
      <p role="status" className={`quarter-chosen${chosen ? ' is-chosen' : ''}`} data-testid="chosen-quarter">
        {chosen ? texts.chosen(chosen.name) : texts.none}
      </p>
    </div>
  );
}
