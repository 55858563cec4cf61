import { IonButton } from '@ionic/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../../offline/catalog';
import { patchUser, type ManagedUser, type UserPatchInput } from '../../../offline/manage-admin';
import type { Role } from '../../../shared/manage';
import { ROLE_KEYS } from '../common/labels';
import { useFailure, useManage } from '../common/ManageContext';
import { AccessFields } from './AccessFields';

interface UserRowProps {
  user: ManagedUser;
  quarters: QuarterSummary[];
  quarterName: (id: string) => string;
  onChanged: () => void;
}

/** One user: role, quarters, enabled — changed in place; admins cannot disable themselves. */
export function UserRow({ user, quarters, quarterName, onChanged }: UserRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const { user: me, announce } = useManage();
  const fail = useFailure();
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState<Role>(user.role);
  const [quarterIds, setQuarterIds] = useState(user.quarterIds);
  const isMe = me.id === user.id;

  const send = async (patch: UserPatchInput, done: string) => {
    try {
      await patchUser(user.id, patch);
      announce({ key: done, options: { email: user.email } });
      setEditing(false);
      onChanged();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <li className="user-row" data-testid="user-row" data-email={user.email}>
      <div className="user-summary">
        <p>
          <strong>{user.email}</strong> · {t(ROLE_KEYS[user.role])}
          {user.disabled && <span className="tag tag-attention">{t('manage:users.disabled')}</span>}
        </p>
        <p className="muted">
          {user.role === 'admin' ? t('manage:users.allQuarters') : user.quarterIds.map(quarterName).join(', ') || t('manage:users.noQuarters')}
        </p>
        <div className="button-row">
          <IonButton fill="outline" size="small" onClick={() => setEditing((e) => !e)} aria-expanded={editing} aria-controls={editing ? `${id}-edit` : undefined}>
            {t('manage:users.edit', { email: user.email })}
          </IonButton>
          {!isMe && (
            <IonButton
              fill="clear"
              size="small"
              color={user.disabled ? 'primary' : 'danger'}
              onClick={() => void send({ disabled: !user.disabled }, user.disabled ? 'manage:users.enabledDone' : 'manage:users.disabledDone')}
            >
              {t(user.disabled ? 'manage:users.enable' : 'manage:users.disable')}
            </IonButton>
          )}
        </div>
      </div>
      {editing && (
        <div id={`${id}-edit`} className="user-edit">
          <AccessFields role={role} onRole={setRole} roleLocked={isMe} quarters={quarters} quarterIds={quarterIds} onQuarterIds={setQuarterIds} />
          <IonButton onClick={() => void send({ role, quarterIds }, 'manage:users.saved')}>{t('manage:users.save')}</IonButton>
        </div>
      )}
    </li>
  );
}
