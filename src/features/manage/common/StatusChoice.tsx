import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { statusDecisionSchema } from '../../../shared/manage';
import type { SubmissionStatus } from '../../../shared/submission';
import { blankToUndefined } from './decision-forms';
import { STATUS_KEYS } from './labels';

export type StatusFields = z.input<typeof statusDecisionSchema>;

interface StatusChoiceProps {
  label: string;
  statuses: readonly SubmissionStatus[];
}

/**
 * The status select, and for `declined` the reason the resident is told — one piece for the item
 * detail and the bulk bar (inside their forms), so both ask for the reason the same way.
 */
export function StatusChoice({ label, statuses }: StatusChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  const { register, watch, formState } = useFormContext<StatusFields>();
  const error = formState.errors.reason?.message;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-status`}>{label}</label>
        <select id={`${id}-status`} className="native-input" {...register('status')}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_KEYS[s])}
            </option>
          ))}
        </select>
      </div>
      {watch('status') === 'declined' && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('manage:actions.reason')}</label>
          <textarea
            id={`${id}-reason`}
            className="native-input"
            maxLength={2000}
            required
            aria-invalid={!!error}
            aria-describedby={`${id}-reason-hint`}
            {...register('reason', { setValueAs: blankToUndefined })}
          />
          <p id={`${id}-reason-hint`} className={error ? 'field-error' : 'field-hint'}>
            {error ? t(error) : t('manage:actions.reasonHint')}
          </p>
        </div>
      )}
    </>
  );
}
