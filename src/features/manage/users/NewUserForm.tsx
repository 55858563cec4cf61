import { IonButton } from '@ionic/react';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { QuarterSummary } from '../../../offline/catalog';
import { newUserSchema } from '../../../shared/manage';
import { useCreateUser } from '../api/create-user';
import { issueKeys, schemaResolver } from '../common/form-resolver';
import { useManage } from '../common/ManageContext';
import { QuarterAccess } from './QuarterAccess';
import { RoleSelect } from './RoleSelect';

// Checked with the schema the server uses for the new account (`newUserSchema`).
const resolver = schemaResolver(newUserSchema, issueKeys({ email: 'manage:form.email', password: 'manage:users.passwordShort' }));
const EMPTY = { email: '', password: '', role: 'manager' as const, quarterIds: [] };

/** Add a user. */
export function NewUserForm({ quarters }: { quarters: QuarterSummary[] }) {
  const { t } = useTranslation();
  const id = useId();
  const { announce } = useManage();
  const create = useCreateUser();
  const { register, handleSubmit, watch, setValue, reset, formState } = useForm({ resolver, defaultValues: EMPTY });
  const { errors } = formState;
  const role = watch('role');
  const quarterIds = watch('quarterIds') ?? [];
  const setQuarterIds = (next: string[]) => setValue('quarterIds', next);

  const save = handleSubmit((user) =>
    create.mutate(user, {
      onSuccess: () => {
        announce({ key: 'manage:users.created', options: { email: user.email } });
        reset({ ...EMPTY, role: user.role });
      },
    }),
  );

  const input = (field: 'email' | 'password', type: string, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(field === 'email' ? 'manage:users.email' : 'manage:users.password')}</label>
      <input
        id={`${id}-${field}`}
        className="native-input"
        type={type}
        autoComplete={autoComplete}
        aria-invalid={!!errors[field]}
        aria-describedby={`${id}-${field}-msg`}
        {...register(field, field === 'email' ? { setValueAs: (v: string) => v.trim() } : {})}
      />
      <p id={`${id}-${field}-msg`} className={errors[field] ? 'field-error' : 'field-hint'}>
        {errors[field]?.message ? t(errors[field].message) : field === 'password' ? t('manage:users.passwordHint') : ''}
      </p>
    </div>
  );

  return (
    <form className="action-card" onSubmit={(e) => void save(e)} noValidate aria-labelledby={`${id}-title`} data-testid="new-user-form">
      <h3 id={`${id}-title`}>{t('manage:users.add')}</h3>
      {input('email', 'email', 'off')}
      {input('password', 'password', 'new-password')}
      <RoleSelect registration={register('role')} />
      {role === 'manager' && <QuarterAccess quarters={quarters} value={quarterIds} onChange={setQuarterIds} />}
      <IonButton type="submit" disabled={create.isPending} data-testid="new-user-save">
        {t('manage:users.addSave')}
      </IonButton>
    </form>
  );
}
