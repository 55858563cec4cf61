import { IonButton } from '@ionic/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser } from '../../../offline/manage-admin';
import { newUserSchema, type Role } from '../../../shared/manage';
import { useFailure, useManage } from '../common/ManageContext';
import type { QuarterSummary } from '../../../offline/catalog';
import { AccessFields } from './AccessFields';

type Field = 'email' | 'password';

/** Add a user; checked with the same schema the server uses (`newUserSchema`). */
export function NewUserForm({ quarters, onCreated }: { quarters: QuarterSummary[]; onCreated: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { announce } = useManage();
  const fail = useFailure();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('manager');
  const [quarterIds, setQuarterIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = newUserSchema.safeParse({ email: email.trim(), password, role, quarterIds });
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'email') next.email = 'manage:users.emailInvalid';
        if (field === 'password') next.password = 'manage:users.passwordShort';
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await createUser(parsed.data);
      announce({ key: 'manage:users.created', options: { email: parsed.data.email } });
      setEmail('');
      setPassword('');
      setQuarterIds([]);
      onCreated();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const input = (field: Field, type: string, value: string, set: (v: string) => void, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(field === 'email' ? 'manage:users.email' : 'manage:users.password')}</label>
      <input
        id={`${id}-${field}`}
        className="native-input"
        type={type}
        autoComplete={autoComplete}
        value={value}
        aria-invalid={!!errors[field]}
        aria-describedby={`${id}-${field}-msg`}
        onChange={(e) => set(e.target.value)}
      />
      <p id={`${id}-${field}-msg`} className={errors[field] ? 'field-error' : 'field-hint'}>
        {errors[field] ? t(errors[field]) : field === 'password' ? t('manage:users.passwordHint') : ''}
      </p>
    </div>
  );

  return (
    <form className="action-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`} data-testid="new-user-form">
      <h3 id={`${id}-title`}>{t('manage:users.add')}</h3>
      {input('email', 'email', email, setEmail, 'off')}
      {input('password', 'password', password, setPassword, 'new-password')}
      <AccessFields role={role} onRole={setRole} quarters={quarters} quarterIds={quarterIds} onQuarterIds={setQuarterIds} />
      <IonButton type="submit" disabled={busy} data-testid="new-user-save">
        {t('manage:users.addSave')}
      </IonButton>
    </form>
  );
}
