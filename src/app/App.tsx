import { IonApp, IonRouterOutlet, IonSpinner } from '@ionic/react';
import { IonReactRouter } from '@ionic/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route } from 'react-router-dom';
import { ErrorBoundary } from './ErrorBoundary';
import { MainTabs } from './MainTabs';
import { ShellPage } from './ShellPage';

// Residents never download the manager area: it is its own chunk, fetched on the first visit to /verwaltung.
const ManageArea = lazy(() => import('../features/manage/ManageArea'));

function ManageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading-line">
      <IonSpinner aria-hidden="true" /> {t('manage:loading')}
    </p>
  );
}

// The manager area sits outside the tab bar: it is a different audience, usually on a desktop.
export function App() {
  return (
    <ErrorBoundary>
      <IonApp>
        <IonReactRouter>
          <IonRouterOutlet>
            <Route
              path="/verwaltung/*"
              element={
                <ShellPage titleKey="manage:title" backHref="/mehr">
                  <Suspense fallback={<ManageLoading />}>
                    <ManageArea />
                  </Suspense>
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
