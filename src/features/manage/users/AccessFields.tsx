import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../../offline/catalog';
import { ROLES, type Role } from '../../../shared/manage';
import { QuarterPicker } from '../../../ui/QuarterPicker';
import { ROLE_KEYS } from '../common/labels';

interface AccessFieldsProps {
  role: Role;
  onRole: (role: Role) => void;
  /** a user cannot change their own role */
  roleLocked?: boolean;
  quarters: QuarterSummary[];
  quarterIds: string[];
  onQuarterIds: (quarterIds: string[]) => void;
}

/** What an account may see: its role, and for a manager the quarters (the shared picker, many at once). */
export function AccessFields({ role, onRole, roleLocked, quarters, quarterIds, onQuarterIds }: AccessFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('manage:users.role')}</label>
        <select id={`${id}-role`} className="native-input" value={role} disabled={roleLocked} onChange={(e) => onRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(ROLE_KEYS[r])}
            </option>
          ))}
        </select>
      </div>
      {role === 'manager' && (
        <QuarterPicker
          multiple
          legend={t('manage:users.quarters')}
          searchLabel={t('manage:users.quarterFilter')}
          quarters={quarters}
          value={quarterIds}
          onChange={onQuarterIds}
          texts={{ chosen: (count) => t('manage:users.quartersChosen', { count }) }}
        />
      )}
    </>
  );
}
