import { useId } from 'react';

interface SwitchFieldProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}

/**
 * An on/off choice: a native checkbox in the switch role (Space toggles it, screen readers say "switch, on"),
 * its label beside it and its hint below, drawn as a switch by theme.css. The form layer's own, like Field:
 * Ionic's toggle brought ~5 kB gzip of code and styles to the start page and hydrated on the first render.
 */
export function SwitchField({ label, hint, checked, onChange, className }: SwitchFieldProps) {
  const id = useId();
  return (
    <div className={`field switch-field${className ? ` ${className}` : ''}`}>
      <div className="switch-row">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="native-switch"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
      </div>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
