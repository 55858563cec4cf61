import { IonButton } from '@ionic/react';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../../offline/catalog';
import { userPatchSchema } from '../../../shared/manage';
import type { UserAccount } from '../../../shared/manage';
import { useUpdateUser, type UserPatchBody } from '../api/update-user';
import { issueKeys, schemaResolver } from '../common/form-resolver';
import { ROLE_KEYS } from '../common/labels';
import { useManage } from '../common/ManageContext';
import { QuarterAccess } from './QuarterAccess';
import { RoleSelect } from './RoleSelect';
import { MetaParts } from '../common/MetaParts';

interface UserRowProps {
  user: UserAccount;
  quarters: QuarterSummary[];
  quarterName: (id: string) => string;
}

const resolver = schemaResolver(userPatchSchema, issueKeys({}));

/** One user: role, quarters, enabled — changed in place; admins cannot disable themselves. */
export function UserRow({ user, quarters, quarterName }: UserRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const { user: me, announce } = useManage();
  const update = useUpdateUser();
  const [editing, setEditing] = useState(false);
  const { register, handleSubmit, watch, setValue } = useForm({ resolver, defaultValues: { role: user.role, quarterIds: user.quarterIds } });
  const role = watch('role');
  const quarterIds = watch('quarterIds') ?? [];
  const setQuarterIds = (next: string[]) => setValue('quarterIds', next);
  const isMe = me.id === user.id;

  const send = (patch: UserPatchBody, done: string) =>
    update.mutate(
      { id: user.id, patch },
      {
        onSuccess: () => {
          announce({ key: done, options: { email: user.email } });
          setEditing(false);
        },
      },
    );
  const save = handleSubmit((patch) => send(patch, 'manage:users.saved'));

  return (
    <li className="user-row" data-testid="user-row" data-email={user.email}>
      <div className="user-summary">
        <p>
          <MetaParts parts={[<strong key="email">{user.email}</strong>, t(ROLE_KEYS[user.role])]} />
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
              onClick={() => send({ disabled: !user.disabled }, user.disabled ? 'manage:users.enabledDone' : 'manage:users.disabledDone')}
            >
              {t(user.disabled ? 'manage:users.enable' : 'manage:users.disable')}
            </IonButton>
          )}
        </div>
      </div>
      {editing && (
        <form id={`${id}-edit`} className="user-edit" noValidate onSubmit={(e) => void save(e)}>
          <RoleSelect registration={register('role')} disabled={isMe} />
          {role === 'manager' && <QuarterAccess quarters={quarters} value={quarterIds} onChange={setQuarterIds} />}
          <IonButton type="submit">{t('manage:users.save')}</IonButton>
        </form>
      )}
    </li>
  );
}
