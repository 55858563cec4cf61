import type { RefObject } from 'react';
import type { QuarterSummary } from '../../offline/catalog';
import { QuarterPicker } from './QuarterPicker';
import { WhereAmI } from './WhereAmI';

interface QuarterFieldProps {
  quarters: QuarterSummary[];
  value: string;
  onChange: (quarterId: string) => void;
  error?: string;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The quarter: detected on the device on request ("Wo bin ich?"), or picked from the searchable list. */
export function QuarterField({ quarters, value, onChange, error, inputRef }: QuarterFieldProps) {
  return (
    <div className="quarter-field">
      <QuarterPicker quarters={quarters} value={value} onChange={onChange} inputRef={inputRef} {...(error ? { error } : {})} />
      <WhereAmI onChoose={onChange} onUseList={() => inputRef.current?.focus()} />
    </div>
  );
}
