import { IonButton, IonSpinner } from '@ionic/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logout, restoreSession, type ManageUser } from '../../offline/manage-api';
import { InboxList } from './InboxList';
import { LoginForm } from './LoginForm';
import { manageErrorMessage, type Message } from './manage-errors';

type Session = { state: 'checking' } | { state: 'anonymous'; notice?: Message } | { state: 'signed-in'; user: ManageUser };

/** The quarter managers' area: log in, read the inbox, log out. Online only by design. */
export function ManageScreen() {
  const { t } = useTranslation();
  const [session, setSession] = useState<Session>({ state: 'checking' });

  useEffect(() => {
    let cancelled = false;
    restoreSession().then(
      (user) => !cancelled && setSession(user ? { state: 'signed-in', user } : { state: 'anonymous' }),
      (error: unknown) => !cancelled && setSession({ state: 'anonymous', notice: manageErrorMessage(error, 'login') }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const sessionLost = useCallback(() => setSession({ state: 'anonymous', notice: { key: 'manage:sessionExpired' } }), []);

  const signOut = async () => {
    try {
      await logout();
    } catch {
      // The server forgets the session anyway when it expires; locally we are out either way.
    }
    setSession({ state: 'anonymous', notice: { key: 'manage:loggedOut' } });
  };

  if (session.state === 'checking') {
    return (
      <p role="status" className="loading-line">
        <IonSpinner aria-hidden="true" /> {t('manage:checking')}
      </p>
    );
  }
  if (session.state === 'anonymous') {
    return <LoginForm notice={session.notice} onLoggedIn={(user) => setSession({ state: 'signed-in', user })} />;
  }
  return (
    <>
      <div className="manage-bar">
        <p className="muted" data-testid="manage-user">
          {t('manage:signedInAs', { email: session.user.email })}
        </p>
        <IonButton fill="outline" onClick={() => void signOut()}>
          {t('manage:logout')}
        </IonButton>
      </div>
      <InboxList onSessionLost={sessionLost} />
    </>
  );
}
