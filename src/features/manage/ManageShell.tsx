import { IonButton, IonSpinner } from '@ionic/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useSession } from './api/get-session';
import { useLogout } from './api/logout';
import { manageKeys } from './api/query-keys';
import { Announcer, belongsHere, type Announcement } from './common/Announcer';
import { ManageProvider, type ManageContextValue } from './common/ManageContext';
import { LoginForm } from './LoginForm';
import { manageErrorMessage, type Message } from './manage-errors';
import { matchManageRoute } from './manage-routes';
import { ManageNav } from './ManageNav';
import { ManageScreens } from './ManageScreens';

interface ManageShellProps {
  /** Why the login form shows, e.g. "session expired" or "logged out". */
  notice?: Message;
  onNotice: (notice: Message) => void;
  announce: ManageContextValue['announce'];
  announcement?: Announcement;
  onDismiss: () => void;
}

/** Sign-in gate, section navigation and the screen for the current path. */
export function ManageShell({ notice, onNotice, announce, announcement, onDismiss }: ManageShellProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const route = matchManageRoute(pathname);
  const client = useQueryClient();
  const session = useSession();
  const logout = useLogout();
  const user = session.data ?? undefined;

  // Signed out (or the session ended): nothing of the last user's data stays in memory.
  useEffect(() => {
    if (user) return;
    client.removeQueries({ queryKey: manageKeys.all });
    client.getMutationCache().clear();
  }, [user, client]);

  // A toast belongs to its screen: leaving the screen dismisses it, so it never follows the manager.
  useEffect(() => {
    if (announcement && !belongsHere(announcement, pathname)) onDismiss();
  }, [announcement, pathname, onDismiss]);

  const context = useMemo<ManageContextValue | undefined>(() => (user ? { user, announce } : undefined), [user, announce]);

  const signOut = async (everywhere: boolean) => {
    // Out locally either way: the server forgets the session when it expires.
    await logout.mutateAsync(everywhere).catch(() => undefined);
    onNotice({ key: everywhere ? 'manage:loggedOutEverywhere' : 'manage:loggedOut' });
  };

  if (session.isPending) {
    return (
      <p role="status" className="loading-line">
        <IonSpinner aria-hidden="true" /> {t('manage:checking')}
      </p>
    );
  }
  if (!context) return <LoginForm notice={session.isError ? manageErrorMessage(session.error, 'login') : notice} />;
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
        <Announcer current={announcement} pathname={pathname} onDismiss={onDismiss} />
      </div>
    </ManageProvider>
  );
}
