import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/manage';
import { ROLE_KEYS } from '../common/labels';

/** The role of an account, for a new user and for an existing one. */
export function RoleSelect({ registration, disabled }: { registration: UseFormRegisterReturn; disabled?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('manage:users.role')}</label>
      <select id={id} className="native-input" disabled={disabled} {...registration}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(ROLE_KEYS[r])}
          </option>
        ))}
      </select>
    </div>
  );
}
