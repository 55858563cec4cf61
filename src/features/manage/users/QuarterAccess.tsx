import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../../offline/catalog';
import { QuarterPicker } from '../../../ui/QuarterPicker';

interface QuarterAccessProps {
  quarters: QuarterSummary[];
  value: string[];
  onChange: (quarterIds: string[]) => void;
}

/** The quarters a manager account may see: the shared picker (src/ui), many at once. */
export function QuarterAccess({ quarters, value, onChange }: QuarterAccessProps) {
  const { t } = useTranslation();
  return (
    <QuarterPicker
      multiple
      legend={t('manage:users.quarters')}
      searchLabel={t('manage:users.quarterFilter')}
      quarters={quarters}
      value={value}
      onChange={onChange}
      texts={{ chosen: (count) => t('manage:users.quartersChosen', { count }) }}
    />
  );
}
