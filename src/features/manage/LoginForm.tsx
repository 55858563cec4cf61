import { IonButton } from '@ionic/react';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { loginSchema } from '../../shared/manage';
import { useLogin } from './api/login';
import { issueKeys, schemaResolver } from './common/form-resolver';
import { manageErrorMessage, type Message } from './manage-errors';

// Either field missing gets the one message that asks for both.
const resolver = schemaResolver(loginSchema, issueKeys({ email: 'manage:login.missing', password: 'manage:login.missing' }));

/** Signing in; `notice` is a message from before, e.g. "session expired". */
export function LoginForm({ notice }: { notice?: Message }) {
  const { t } = useTranslation();
  const id = useId();
  const login = useLogin();
  const { register, handleSubmit, formState } = useForm({ resolver, defaultValues: { email: '', password: '' } });
  const missing = formState.errors.email?.message ?? formState.errors.password?.message;
  const error: Message | undefined = missing ? { key: missing } : login.error ? manageErrorMessage(login.error, 'login') : undefined;

  return (
    <form noValidate onSubmit={(e) => void handleSubmit((body) => login.mutate(body))(e)} className="login-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('manage:login.title')}</h2>
      <p className="muted">{t('manage:login.intro')}</p>
      {notice && !error && (
        <div className="notice" role="status">
          <p>{t(notice.key, notice.options)}</p>
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert" data-testid="login-error">
          <p>{t(error.key, error.options)}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('manage:login.email')}</label>
        <input
          id={`${id}-email`}
          className="native-input"
          type="email"
          autoComplete="username"
          inputMode="email"
          aria-invalid={!!formState.errors.email}
          {...register('email')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('manage:login.password')}</label>
        <input id={`${id}-password`} className="native-input" type="password" autoComplete="current-password" aria-invalid={!!formState.errors.password} {...register('password')} />
      </div>
      <IonButton type="submit" expand="block" disabled={login.isPending}>
        {t('manage:login.submit')}
      </IonButton>
    </form>
  );
}
