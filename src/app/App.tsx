import { IonApp, IonRouterOutlet } from '@ionic/react';
import { IonReactRouter } from '@ionic/react-router';
import { Route } from 'react-router-dom';
import { ManageScreen } from '../features/manage/ManageScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { MainTabs } from './MainTabs';
import { ShellPage } from './ShellPage';

// The manager area sits outside the tab bar: it is a different audience, usually on a desktop.
export function App() {
  return (
    <ErrorBoundary>
      <IonApp>
        <IonReactRouter>
          <IonRouterOutlet>
            <Route
              path="/verwaltung"
              element={
                <ShellPage titleKey="manage:title" backHref="/mehr">
                  <ManageScreen />
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
