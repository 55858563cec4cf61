import { IonButton } from '@ionic/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { login, type ManageUser } from '../../offline/manage-api';
import { manageErrorMessage, type Message } from './manage-errors';

interface LoginFormProps {
  onLoggedIn: (user: ManageUser) => void;
  /** a message from before, e.g. "session expired" */
  notice?: Message;
}

export function LoginForm({ onLoggedIn, notice }: LoginFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<Message>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError({ key: 'manage:login.missing' });
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onLoggedIn(await login(email.trim(), password));
    } catch (caught) {
      setError(manageErrorMessage(caught, 'login'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="login-form" aria-labelledby={`${id}-heading`}>
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
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('manage:login.password')}</label>
        <input
          id={`${id}-password`}
          className="native-input"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <IonButton type="submit" expand="block" disabled={busy}>
        {t('manage:login.submit')}
      </IonButton>
    </form>
  );
}
