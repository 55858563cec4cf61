import { IonButton } from '@ionic/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursDraft, WeeklyRow } from './content-form';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const DAY_KEYS: Record<number, string> = {
  1: 'manage-content:days.1',
  2: 'manage-content:days.2',
  3: 'manage-content:days.3',
  4: 'manage-content:days.4',
  5: 'manage-content:days.5',
  6: 'manage-content:days.6',
  7: 'manage-content:days.7',
};

interface HoursEditorProps {
  value: HoursDraft;
  onChange: (next: HoursDraft) => void;
  errors: Record<string, string>;
}

/** Weekly opening hours as rows "these days, from – to"; several rows for split days. */
export function HoursEditor({ value, onChange, errors }: HoursEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const setRow = (index: number, row: WeeklyRow) => onChange({ ...value, weekly: value.weekly.map((r, i) => (i === index ? row : r)) });
  return (
    <fieldset className="field hours-editor" data-testid="hours-editor">
      <legend>{t('manage-content:hours.title')}</legend>
      <div className="check-field">
        <input id={`${id}-known`} type="checkbox" checked={value.enabled} onChange={(e) => onChange({ ...value, enabled: e.target.checked, weekly: e.target.checked && value.weekly.length === 0 ? [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }] : value.weekly })} />
        <label htmlFor={`${id}-known`}>{t('manage-content:hours.known')}</label>
      </div>
      {value.enabled && (
        <>
          {value.weekly.map((row, index) => {
            const prefix = `hours.weekly.${index}`;
            const error = errors[`${prefix}.closes`] ?? errors[`${prefix}.opens`] ?? errors[`${prefix}.days`];
            return (
              <fieldset key={index} className="hours-row" aria-invalid={!!error}>
                <legend>{t('manage-content:hours.row', { n: index + 1 })}</legend>
                <div className="weekday-checks">
                  {WEEKDAYS.map((day) => (
                    <span key={day} className="check-field">
                      <input
                        id={`${id}-${index}-${day}`}
                        type="checkbox"
                        checked={row.days.includes(day)}
                        onChange={(e) => setRow(index, { ...row, days: e.target.checked ? [...row.days, day] : row.days.filter((d) => d !== day) })}
                      />
                      <label htmlFor={`${id}-${index}-${day}`}>{t(DAY_KEYS[day] ?? '')}</label>
                    </span>
                  ))}
                </div>
                <div className="two-columns">
                  <div className="field">
                    <label htmlFor={`${id}-${index}-opens`}>{t('manage-content:hours.opens')}</label>
                    <input id={`${id}-${index}-opens`} type="time" className="native-input" value={row.opens} onChange={(e) => setRow(index, { ...row, opens: e.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-${index}-closes`}>{t('manage-content:hours.closes')}</label>
                    <input id={`${id}-${index}-closes`} type="time" className="native-input" value={row.closes} onChange={(e) => setRow(index, { ...row, closes: e.target.value })} />
                  </div>
                </div>
                {error && <p className="field-error">{t(error)}</p>}
                <IonButton fill="clear" size="small" color="danger" onClick={() => onChange({ ...value, weekly: value.weekly.filter((_, i) => i !== index) })}>
                  {t('manage-content:hours.remove', { n: index + 1 })}
                </IonButton>
              </fieldset>
            );
          })}
          <IonButton fill="outline" size="small" onClick={() => onChange({ ...value, weekly: [...value.weekly, { days: [], opens: '09:00', closes: '17:00' }] })}>
            {t('manage-content:hours.add')}
          </IonButton>
          <div className="field">
            <label htmlFor={`${id}-holidays`}>{t('manage-content:hours.holidays')}</label>
            <select id={`${id}-holidays`} className="native-input" value={value.holidays} onChange={(e) => onChange({ ...value, holidays: e.target.value as HoursDraft['holidays'] })}>
              <option value="closed">{t('manage-content:hours.holidaysClosed')}</option>
              <option value="open">{t('manage-content:hours.holidaysOpen')}</option>
              <option value="unknown">{t('manage-content:hours.holidaysUnknown')}</option>
            </select>
          </div>
          {value.keep.exceptions.length > 0 && <p className="field-hint">{t('manage-content:hours.exceptionsKept', { count: value.keep.exceptions.length })}</p>}
        </>
      )}
    </fieldset>
  );
}
