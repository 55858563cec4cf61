import { IonApp, IonRouterOutlet } from '@ionic/react';
import { IonReactRouter } from '@ionic/react-router';
import { Route } from 'react-router-dom';
import { StartShellRouteWatch } from './StartShellRouteWatch';
import { ErrorBoundary } from './ErrorBoundary';
import { lazyScreen } from './lazy-screen';
import { MainTabs } from './MainTabs';
import { ShellPage } from './ShellPage';

// Residents never download the manager area: it is its own chunk, fetched on the first visit to /verwaltung.
const ManageArea = lazyScreen(() => import('../features/manage/ManageArea').then((m) => m.default), ['manage', 'manage-content']);

// The manager area sits outside the tab bar: it is a different audience, usually on a desktop.
export function App() {
  return (
    <ErrorBoundary>
      <IonApp>
        <IonReactRouter>
          <StartShellRouteWatch />
          <IonRouterOutlet>
            <Route
              path="/verwaltung/*"
              element={
                <ShellPage titleKey="common:screens.manage" backHref="/mehr">
                  <ManageArea />
                </ShellPage>
              }
            />
            <Route path="/*" element={<MainTabs />} />
          </IonRouterOutlet>
        </IonReactRouter>
      </IonApp>
    </ErrorBoundary>
  );
}
