import { IonButton, IonSpinner } from '@ionic/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { logout, logoutEverywhere, restoreSession, type ManageUser } from '../../offline/manage-api';
import { Announcer, type Announcement } from './common/Announcer';
import { ManageProvider, type ManageContextValue, type Tone } from './common/ManageContext';
import { LoginForm } from './LoginForm';
import { manageErrorMessage, type Message } from './manage-errors';
import { matchManageRoute } from './manage-routes';
import { ManageNav } from './ManageNav';
import { ManageScreens } from './ManageScreens';
import './manage.css';

type Session = { state: 'checking' } | { state: 'anonymous'; notice?: Message } | { state: 'signed-in'; user: ManageUser };

/**
 * The quarter managers' area, loaded lazily by the app shell: sign-in gate, section navigation and the
 * screen for the current path. Online only by design: nothing here is queued or cached.
 */
export default function ManageArea() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const route = matchManageRoute(pathname);
  const [session, setSession] = useState<Session>({ state: 'checking' });
  const [announcement, setAnnouncement] = useState<Announcement>();

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
  const announce = useCallback(
    (message: Message, tone: Tone = 'success') => setAnnouncement((previous) => ({ message, tone, seq: (previous?.seq ?? 0) + 1 })),
    [],
  );
  const dismiss = useCallback(() => setAnnouncement(undefined), []);

  const signOut = async (everywhere: boolean) => {
    try {
      await (everywhere ? logoutEverywhere() : logout());
    } catch {
      // The server forgets the session anyway when it expires; locally we are out either way.
    }
    setSession({ state: 'anonymous', notice: { key: everywhere ? 'manage:loggedOutEverywhere' : 'manage:loggedOut' } });
  };

  const user = session.state === 'signed-in' ? session.user : undefined;
  const context = useMemo<ManageContextValue | undefined>(() => (user ? { user, sessionLost, announce } : undefined), [user, sessionLost, announce]);

  if (session.state === 'checking') {
    return (
      <p role="status" className="loading-line">
        <IonSpinner aria-hidden="true" /> {t('manage:checking')}
      </p>
    );
  }
  if (session.state === 'anonymous' || !context) {
    return (
      <LoginForm
        notice={session.state === 'anonymous' ? session.notice : undefined}
        onLoggedIn={(next) => setSession({ state: 'signed-in', user: next })}
      />
    );
  }
  return (
    <ManageProvider value={context}>
      <div className="manage-area">
        <div className="manage-bar">
          <p className="muted" data-testid="manage-user">
            {t('manage:signedInAs', { email: context.user.email })}
          </p>
          <div className="button-row">
            <IonButton fill="outline" onClick={() => void signOut(false)}>
              {t('manage:logout')}
            </IonButton>
            <IonButton fill="clear" onClick={() => void signOut(true)} data-testid="logout-everywhere">
              {t('manage:logoutEverywhere')}
            </IonButton>
          </div>
        </div>
        <ManageNav route={route} isAdmin={context.user.role === 'admin'} />
        <ManageScreens route={route} />
        <Announcer current={announcement} onDismiss={dismiss} />
      </div>
    </ManageProvider>
  );
}
