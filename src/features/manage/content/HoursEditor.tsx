import { IonButton } from '@ionic/react';
import { useId } from 'react';
import { useController, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { messageAt } from '../common/form-resolver';
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
const NEW_ROW: WeeklyRow = { days: [], opens: '09:00', closes: '17:00' };
const FIRST_ROW: WeeklyRow = { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' };

type HoursForm = { hours: HoursDraft };

/** Weekly opening hours as rows "these days, from – to"; several rows for split days. */
export function HoursEditor({ keptExceptions }: { keptExceptions: number }) {
  const { t } = useTranslation();
  const id = useId();
  const { register, watch, formState } = useFormContext<HoursForm>();
  const rows = useFieldArray<HoursForm, 'hours.weekly'>({ name: 'hours.weekly' });
  const known = register('hours.enabled');
  return (
    <fieldset className="field hours-editor" data-testid="hours-editor">
      <legend>{t('manage-content:hours.title')}</legend>
      <div className="check-field">
        <input
          id={`${id}-known`}
          type="checkbox"
          {...known}
          onChange={(e) => {
            void known.onChange(e);
            if (e.target.checked && rows.fields.length === 0) rows.append(FIRST_ROW);
          }}
        />
        <label htmlFor={`${id}-known`}>{t('manage-content:hours.known')}</label>
      </div>
      {watch('hours.enabled') && (
        <>
          {rows.fields.map((row, index) => {
            const prefix = `hours.weekly.${index}` as const;
            const error = messageAt(formState.errors, `${prefix}.closes`) ?? messageAt(formState.errors, `${prefix}.opens`) ?? messageAt(formState.errors, `${prefix}.days`);
            return (
              <fieldset key={row.id} className="hours-row" aria-invalid={!!error}>
                <legend>{t('manage-content:hours.row', { n: index + 1 })}</legend>
                <Weekdays name={`${prefix}.days`} idPrefix={`${id}-${index}`} />
                <div className="two-columns">
                  <div className="field">
                    <label htmlFor={`${id}-${index}-opens`}>{t('manage-content:hours.opens')}</label>
                    <input id={`${id}-${index}-opens`} type="time" className="native-input" {...register(`${prefix}.opens`)} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-${index}-closes`}>{t('manage-content:hours.closes')}</label>
                    <input id={`${id}-${index}-closes`} type="time" className="native-input" {...register(`${prefix}.closes`)} />
                  </div>
                </div>
                {error && <p className="field-error">{t(error)}</p>}
                <IonButton fill="clear" size="small" color="danger" onClick={() => rows.remove(index)}>
                  {t('manage-content:hours.remove', { n: index + 1 })}
                </IonButton>
              </fieldset>
            );
          })}
          <IonButton fill="outline" size="small" onClick={() => rows.append(NEW_ROW)}>
            {t('manage-content:hours.add')}
          </IonButton>
          <div className="field">
            <label htmlFor={`${id}-holidays`}>{t('manage-content:hours.holidays')}</label>
            <select id={`${id}-holidays`} className="native-input" {...register('hours.holidays')}>
              <option value="closed">{t('manage-content:hours.holidaysClosed')}</option>
              <option value="open">{t('manage-content:hours.holidaysOpen')}</option>
              <option value="unknown">{t('manage-content:hours.holidaysUnknown')}</option>
            </select>
          </div>
          {keptExceptions > 0 && <p className="field-hint">{t('manage-content:hours.exceptionsKept', { count: keptExceptions })}</p>}
        </>
      )}
    </fieldset>
  );
}

/** The days of one row, as numbers 1 (Monday) to 7. */
function Weekdays({ name, idPrefix }: { name: `hours.weekly.${number}.days`; idPrefix: string }) {
  const { t } = useTranslation();
  const { field } = useController<HoursForm, typeof name>({ name });
  const days = field.value;
  return (
    <div className="weekday-checks">
      {WEEKDAYS.map((day) => (
        <span key={day} className="check-field">
          <input
            id={`${idPrefix}-${day}`}
            type="checkbox"
            checked={days.includes(day)}
            onChange={(e) => field.onChange(e.target.checked ? [...days, day] : days.filter((d) => d !== day))}
          />
          <label htmlFor={`${idPrefix}-${day}`}>{t(DAY_KEYS[day] ?? '')}</label>
        </span>
      ))}
    </div>
  );
}
