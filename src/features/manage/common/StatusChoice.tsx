import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '../../../shared/submission';
import { STATUS_KEYS } from './labels';

interface StatusChoiceProps {
  label: string;
  statuses: readonly SubmissionStatus[];
  status: SubmissionStatus;
  onStatus: (status: SubmissionStatus) => void;
  reason: string;
  onReason: (reason: string) => void;
  /** The manager tried to save "declined" without a reason. */
  reasonMissing: boolean;
}

/**
 * The status select, and for `declined` the reason the resident is told — one piece for the item
 * detail and the bulk bar, so both ask for the reason the same way.
 */
export function StatusChoice({ label, statuses, status, onStatus, reason, onReason, reasonMissing }: StatusChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  const showError = reasonMissing && !reason.trim();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-status`}>{label}</label>
        <select id={`${id}-status`} className="native-input" value={status} onChange={(e) => onStatus(e.target.value as SubmissionStatus)}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_KEYS[s])}
            </option>
          ))}
        </select>
      </div>
      {status === 'declined' && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('manage:actions.reason')}</label>
          <textarea
            id={`${id}-reason`}
            className="native-input"
            value={reason}
            maxLength={2000}
            required
            aria-invalid={showError}
            aria-describedby={`${id}-reason-hint`}
            onChange={(e) => onReason(e.target.value)}
          />
          <p id={`${id}-reason-hint`} className={showError ? 'field-error' : 'field-hint'}>
            {showError ? t('manage:actions.reasonMissing') : t('manage:actions.reasonHint')}
          </p>
        </div>
      )}
    </>
  );
}
