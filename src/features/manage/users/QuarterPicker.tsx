import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../../offline/catalog';

interface QuarterPickerProps {
  legend: string;
  quarters: QuarterSummary[];
  value: string[];
  onChange: (next: string[]) => void;
}

/** Multi-select of quarters as a filterable checkbox list: keyboard- and screen-reader-friendly. */
export function QuarterPicker({ legend, quarters, value, onChange }: QuarterPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const chosen = new Set(value);
  const shown = quarters.filter((q) => q.name.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <fieldset className="field quarter-picker">
      <legend>{legend}</legend>
      <p className="field-hint">{t('manage:users.quartersChosen', { count: value.length })}</p>
      <label htmlFor={`${id}-filter`} className="visually-hidden">
        {t('manage:users.quarterFilter')}
      </label>
      <input id={`${id}-filter`} type="search" className="native-input" placeholder={t('manage:users.quarterFilter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <ul className="quarter-checks">
        {shown.map((q) => (
          <li key={q.id} className="check-field">
            <input
              id={`${id}-${q.id}`}
              type="checkbox"
              checked={chosen.has(q.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, q.id] : value.filter((v) => v !== q.id))}
            />
            <label htmlFor={`${id}-${q.id}`}>{q.name}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
