import { useId, type ReactNode } from 'react';
import './filter-controls.css';

// Small labelled native controls for filter panels (styled like the shell's .field controls): the
// resident's directory filters and the managers' inbox filters use the same ones.

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (v: string) => void;
  maxLength?: number;
  testId?: string;
}

export function SearchField({ label, value, onChange, maxLength, testId }: SearchFieldProps) {
  const id = useId();
  return (
    <div className="field filter-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="native-input" type="search" value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </div>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (v: string) => void;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  testId?: string;
}

/** A choice of one value or "any" (the empty value). */
export function SelectField({ label, value, onChange, anyLabel, options, testId }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="native-select" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="filter-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

interface CheckGroupProps<T extends string> {
  legend: string;
  options: readonly { value: T; label: string }[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}

export function CheckGroup<T extends string>({ legend, options, chosen, onChange }: CheckGroupProps<T>) {
  const toggle = (value: T, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((c) => c !== value));
  return (
    <fieldset className="field check-group">
      <legend>{legend}</legend>
      <div className="filter-check-options">
        {options.map((o) => (
          <CheckField key={o.value} label={o.label} checked={chosen.includes(o.value)} onChange={(on) => toggle(o.value, on)} />
        ))}
      </div>
    </fieldset>
  );
}

/** Less-used filters folded away; the summary says how many are active. */
export function MoreFilters({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="filter-more">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
