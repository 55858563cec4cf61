import { useId, type ReactNode } from 'react';

// Small labelled native controls for the filter panels (styled like the shell's .field controls).

export function SearchField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="field filter-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="native-input" type="search" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (v: string) => void;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
}

export function SelectField({ label, value, onChange, anyLabel, options }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="native-select" value={value} onChange={(e) => onChange(e.target.value)}>
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
    <label className="check-field">
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
      <div className="check-options">
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
    <details className="more-filters">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
