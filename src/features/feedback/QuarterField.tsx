import { useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../offline/catalog';
import { assignRef } from '../../ui/assign-ref';
import { QuarterPicker } from '../../ui/QuarterPicker';
import { WhereAmI } from './WhereAmI';
import { isolate } from '../../ui/bidi';

interface QuarterFieldProps {
  quarters: QuarterSummary[];
  value: string;
  onChange: (quarterId: string) => void;
  /** the field's problem, a translation key */
  error?: string;
  /** the form focuses the search box when the quarter is missing */
  inputRef: Ref<HTMLInputElement>;
}

/** The quarter: detected on the device on request ("Wo bin ich?"), or picked from the searchable list. */
export function QuarterField({ quarters, value, onChange, error, inputRef }: QuarterFieldProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement | null>(null);
  const setInput = (element: HTMLInputElement | null) => {
    input.current = element;
    assignRef(inputRef, element);
  };
  return (
    <div className="quarter-field">
      <QuarterPicker
        quarters={quarters}
        value={value}
        onChange={onChange}
        inputRef={setInput}
        searchLabel={t('feedback:quarter.search')}
        hint={t('feedback:quarter.hint')}
        {...(error ? { error: t(error) } : {})}
        texts={{
          results: t('feedback:quarter.results'),
          noMatch: t('feedback:quarter.noMatch'),
          more: (count) => t('feedback:quarter.more', { count }),
          chosen: (name) => t('feedback:quarter.chosen', { name: isolate(name) }),
          none: t('feedback:quarter.none'),
        }}
      />
      <WhereAmI onChoose={onChange} onUseList={() => input.current?.focus()} />
    </div>
  );
}
